#!/usr/bin/env python3
"""How much of a corpus page furniture takes: characters inside excluded ranges, ranges by reason and
events, from one or two `extract` outputs (before and after a change). Usage:

    java -jar target/annalist.jar extract /work/shared/data/news-dev/libya/articles.jsonl > /tmp/after.json
    python3 scripts/furniture-exclusion-stats.py /work/shared/data/news-dev/libya/articles.jsonl /tmp/before.json /tmp/after.json

The texts come from the JSONL (the CLI's id for line n is `articles#n`). With --show N, prints N
ranges of the given reason prefix (--reason) from the last extract, for checking by eye. With
--draw N, counts only N articles drawn with --draw-seed (the same ids in every extract).
"""
import argparse
import collections
import json
import random
import re


def texts_of(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                out["articles#%d" % n] = json.loads(line).get("text", "")
    return out


def covered(ranges):
    total, end = 0, -1
    for r in sorted(ranges, key=lambda r: r["start"]):
        s = max(r["start"], end)
        if r["end"] > s:
            total += r["end"] - s
        end = max(end, r["end"])
    return total


def stats(extract, texts, draw=0, seed=0):
    a = json.load(open(extract, encoding="utf-8"))
    if draw:
        ids = set(random.Random(seed).sample(sorted(texts), min(draw, len(texts))))
        a["articles"] = [x for x in a["articles"] if x["id"] in ids]
        a["events"] = [e for e in a["events"] if e["passages"][0]["article"] in ids]
    chars = sum(len(texts.get(x["id"], "")) for x in a["articles"])
    excluded = sum(covered(x["excluded"]) for x in a["articles"])
    reasons = collections.Counter(re.sub(r"'.*|\d+ articles", "N", r["reason"])
                                  for x in a["articles"] for r in x["excluded"])
    return a, chars, excluded, reasons


def main():
    p = argparse.ArgumentParser()
    p.add_argument("articles")
    p.add_argument("extracts", nargs="+")
    p.add_argument("--show", type=int, default=0)
    p.add_argument("--reason", default="boilerplate: headline")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--draw", type=int, default=0)
    p.add_argument("--draw-seed", type=int, default=404)
    args = p.parse_args()
    texts = texts_of(args.articles)
    last = None
    for path in args.extracts:
        a, chars, excluded, reasons = stats(path, texts, args.draw, args.draw_seed)
        drawn = sum(1 for e in a["events"] if e["status"] in ("occurred", "planned", "threatened"))
        print("%s: %d articles, %d characters, %d excluded (%.1f %%), %d with ranges; events %d (%d drawn)" % (
            path, len(a["articles"]), chars, excluded, 100.0 * excluded / max(chars, 1),
            sum(1 for x in a["articles"] if x["excluded"]), len(a["events"]), drawn))
        for k, v in sorted(reasons.items()):
            print("  %5d %s" % (v, k))
        last = a
    if args.show:
        ranges = [(x["id"], r) for x in last["articles"] for r in x["excluded"] if r["reason"].startswith(args.reason)]
        for aid, r in random.Random(args.seed).sample(ranges, min(args.show, len(ranges))):
            t = texts.get(aid, "")
            print("\n--- %s %d..%d %s\n[%s]|| %s" % (aid, r["start"], r["end"], r["reason"],
                                               t[r["start"]:r["end"]].replace("\n", " / ")[:600],
                                               t[r["end"]:r["end"] + 120].replace("\n", " / ")))


if __name__ == "__main__":
    main()
