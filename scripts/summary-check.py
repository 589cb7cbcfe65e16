#!/usr/bin/env python3
"""Counts summaries of drawn events that are "X says"-like (nothing said or done to anything) or cut
inside a phrase, over a whole `extract` run. Usage:

    python3 scripts/summary-check.py /tmp/egypt.json [--list]

"X says"-like: "Statement by X", "Demand by X", "X says", "X: " with no content.
Cut: the line ends on a function word, on "and <verb>" / ", adding ..." / ", saying ..." with at most
three words after it, or inside an unclosed parenthesis.
"""
import json
import re
import sys

FUNCTION = set("""a an the of to for from in on at by with into against between and or but nor that which who
whom whose is are was were be been being has have had will would can could should may might must its his her their
our my your this these those as than about over under after before since until while if because so not no""".split())
NAMES = r"(?:[A-Z][\w.'&-]*|and|of|the)(?: (?:[A-Z][\w.'&-]*|and|of|the))*"
SAYS = re.compile(r"^(Statement by|Demand by) |^" + NAMES + r" (says|say|said|demands|demand)$|:\s*$")
# "... and shouted", "... and took responsibility", ", adding that no one": a second clause begun, not finished
TAIL = re.compile(r"(\band (?:[a-z]+ed|[a-z]+ing|that|said|took|gave|told|made|sent|met)|, (?:adding|saying)\b)(?:\s+\S+){0,3}$")


def cut(summary):
    words = re.findall(r"[A-Za-z']+", summary)
    if not words:
        return True
    if words[-1].lower() in FUNCTION:
        return True
    if summary.count("(") > summary.count(")"):
        return True
    return bool(TAIL.search(summary))


def main(path, listing=False):
    events = json.load(open(path, encoding="utf-8"))["events"]
    drawn = [e for e in events if e["status"] in ("occurred", "planned", "threatened")]
    says = [e["summary"] for e in drawn if SAYS.search(e["summary"])]
    cuts = [e["summary"] for e in drawn if cut(e["summary"])]
    print("%d events, %d drawn; 'X says'-like %d; cut mid-phrase %d" % (len(events), len(drawn), len(says), len(cuts)))
    if listing:
        for s in says:
            print("SAYS", s)
        for s in cuts:
            print("CUT ", s)


if __name__ == "__main__":
    main(sys.argv[1], "--list" in sys.argv[2:])
