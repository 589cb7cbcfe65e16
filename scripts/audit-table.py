#!/usr/bin/env python3
"""Table and tally of a judged audit sample, from a judgments file. Usage:

    python3 scripts/audit-table.py SAMPLE.md JUDGMENTS.txt "# Title" > table.md

JUDGMENTS.txt has one line per event: "N Y date roles type status summary note" for a real act
(each field Y or N), or "N N note" for an event that is not a real act (see docs/evaluation.md).
The table and tally are audit_tally.report's, as for the judgments written as Python dicts.
"""
import sys

import audit_tally


def judgments(path):
    non, act = {}, {}
    for line in open(path, encoding="utf-8"):
        fields = line.split()
        if not fields:
            continue
        n = int(fields[0])
        if fields[1] == "N":
            non[n] = " ".join(fields[2:])
        else:
            act[n] = "".join(fields[1:7]) + " " + " ".join(fields[7:])
    return non, act


def main(sample, judged, title):
    print(title + "\n")
    audit_tally.report(open(sample, encoding="utf-8").read(), *judgments(judged))


if __name__ == "__main__":
    main(*sys.argv[1:4])
