#!/usr/bin/env python3
"""Event dates of two `extract` outputs compared (docs/evaluation.md, "Event dates, round six").

usage: event-date-diff.py BEFORE.json AFTER.json [--show N] [--seed S]
Drawn events (status occurred, planned, threatened) are matched by (article, passage start, type); each passage
keeps its merged event's date. Prints the drawn counts by basis before and after, how many matched passages changed
date, by basis change and by shift in days (sign: later), and with --show N a seeded draw of N changed passages
(for judging on the tune part only; on validation data use the counts alone).
"""
import collections
import datetime
import json
import random
import sys


def drawn(path):
    events = [e for e in json.load(open(path, encoding="utf-8"))["events"]
              if e["status"] in ("occurred", "planned", "threatened")]
    by_passage = {}
    for e in events:
        for p in e["passages"]:
            by_passage[(p["article"], p["start"], e["type"])] = (e, p)
    return events, by_passage


def basis(e):
    d = e.get("date")
    if not d:
        return "none"
    if d["basis"] == "published" and "present tense" in d.get("derivation", ""):
        return "published-present"
    return d["basis"]


def day(e):
    d = e.get("date")
    try:
        return datetime.date.fromisoformat(d["value"][:10]) if d else None
    except ValueError:
        return None


def main(args):
    show = int(args[args.index("--show") + 1]) if "--show" in args else 0
    seed = int(args[args.index("--seed") + 1]) if "--seed" in args else 66
    before, b = drawn(args[0])
    after, a = drawn(args[1])
    for name, evs in (("before", before), ("after", after)):
        c = collections.Counter(basis(e) for e in evs)
        print("%s: %d drawn; %s" % (name, len(evs), ", ".join("%s %d" % kv for kv in sorted(c.items()))))
    changed = []
    for k in sorted(set(a) & set(b)):
        eb, ea = b[k][0], a[k][0]
        vb = eb["date"]["value"] if eb.get("date") else None
        va = ea["date"]["value"] if ea.get("date") else None
        if vb != va:
            changed.append((k, eb, ea, a[k][1]))
    print("matched passages %d, date changed %d" % (len(set(a) & set(b)), len(changed)))
    print("by basis:", dict(collections.Counter("%s -> %s" % (basis(x[1]), basis(x[2])) for x in changed)))
    shifts = collections.Counter()
    for _, eb, ea, _ in changed:
        db, da = day(eb), day(ea)
        shifts["undated" if da is None else "now dated" if db is None else "%+d days" % (da - db).days] += 1
    print("by shift:", dict(sorted(shifts.items(), key=lambda kv: -kv[1])))
    for k, eb, ea, p in random.Random(seed).sample(changed, min(show, len(changed))):
        print("\n## %s %s [%s]" % (k[0], ea["summary"], ea["type"]))
        print("  before:", eb["date"]["value"] + " " + eb["date"]["derivation"] if eb.get("date") else None)
        print("  after: ", ea["date"]["value"] + " " + ea["date"]["derivation"] if ea.get("date") else None)
        print("  passage:", " ".join(p["text"].split()))


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit("usage: event-date-diff.py BEFORE.json AFTER.json [--show N] [--seed S]")
    main(sys.argv[1:])
