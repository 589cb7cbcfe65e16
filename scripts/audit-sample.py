#!/usr/bin/env python3
"""Precision audit sample: 80 events drawn with a fixed seed from an `extract` run, each printed
with its passage and the text around it, for judging by hand (act / date / roles / type / status /
summary). Usage:

    java -jar target/annalist.jar extract /work/shared/data/news-dev/egypt > /tmp/egypt.json
    python3 scripts/audit-sample.py /tmp/egypt.json /work/shared/data/news-dev/egypt/articles.jsonl > sample.md

The validation part is news-dev/egypt (rules are tuned on news-dev/libya only; docs/evaluation.md).
"""
import json
import random
import sys

SEED = 10
SIZE = 80
CONTEXT = 300


def main(extract_path, articles_path, seed=SEED, size=SIZE):
    analysis = json.load(open(extract_path, encoding="utf-8"))
    texts, published = {}, {}
    with open(articles_path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            a = json.loads(line)
            key = "articles#%d" % n  # the CLI's id for line n of articles.jsonl
            texts[key] = a.get("text", "")
            published[key] = a.get("published")
    # Sort by a content key so the sample does not depend on the merger's id order.
    # What a user sees: acts the text asserts (negated, hypothetical, demanded, denied are not drawn).
    drawn = [e for e in analysis["events"] if e["status"] in ("occurred", "planned", "threatened")]
    events = sorted(drawn, key=lambda e: (e["passages"][0]["article"], e["passages"][0]["start"],
                                          e["type"], e["source"], e["target"]))
    sample = random.Random(seed).sample(events, min(size, len(events)))
    print("# Audit sample: %d of %d drawn events (%d in all), seed %d\n" % (len(sample), len(events),
                                                                       len(analysis["events"]), seed))
    for i, e in enumerate(sample, 1):
        p = e["passages"][0]
        text = texts.get(p["article"], "")
        before = text[max(0, p["start"] - CONTEXT):p["start"]].replace("\n", " / ")
        after = text[p["end"]:p["end"] + CONTEXT // 2].replace("\n", " / ")
        d = e.get("date")
        date = "%s (%s; %s)" % (d["value"], d["basis"], d.get("derivation", "")) if d else "none"
        print("## %d. %s  [%s, published %s]" % (i, e["summary"], p["article"], published.get(p["article"])))
        print("- type %s, status %s, date %s" % (e["type"], e["status"], date))
        print("- source %s, target %s, attribution %s" % (e["source"], e["target"], e.get("attribution", [])))
        print("- passage: %s" % p["text"].replace("\n", " / "))
        print("- context: ...%s [[PASSAGE]] %s..." % (before, after))
        print()


if __name__ == "__main__":
    args = sys.argv[1:]
    if len(args) < 2:
        sys.exit("usage: audit-sample.py EXTRACT.json ARTICLES.jsonl [SEED] [SIZE]")
    main(args[0], args[1], *(int(a) for a in args[2:4]))
