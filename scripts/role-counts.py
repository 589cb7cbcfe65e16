#!/usr/bin/env python3
"""Role counts of an `extract` JSON, by script only (usable on a validation split without reading it).

Usage: role-counts.py EXTRACT.json MAIN_STATE_ID
Counts the drawn events (status occurred/planned/threatened) and, among them, those whose source is
the main state alone, that have no source, whose source or target is a sector or group actor (a
state's opposition, rebels, civilians, media ...), and whose source holds two or more actors.
"""
import collections
import json
import sys

DRAWN = {"occurred", "planned", "threatened"}


def main(path, main_state):
    data = json.load(open(path))
    c = collections.Counter()
    for e in data["events"]:
        c["events"] += 1
        if e["status"] not in DRAWN:
            continue
        c["drawn"] += 1
        src, tgt = e["source"], e["target"]
        c["source = main state alone"] += src == [main_state]
        c["no source"] += not src
        c["no target"] += not tgt
        c["joint source (2+)"] += len(src) > 1
        sector = lambda ids: any(i.startswith(main_state + "-") for i in ids)
        c["sector/group actor of the main state in a role"] += sector(src) or sector(tgt)
    for k, v in c.items():
        print(f"{k}: {v}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
