#!/usr/bin/env python3
"""The 20 earliest and latest event dates of an `extract` output, with their passages (docs/news-dev-event-dates.md).

usage: event-date-extremes.py EXTRACT.json [N]
Prints the event count, how many are dated, how many fall outside 1990..2015 (and of those, how many
passages do not write the year out), then the N earliest and latest dated events: value, basis,
article, the passage's first 160 characters.
"""
import json
import re
import sys


def year_of(value):
    m = re.match(r"(\d{2,4})", value)
    if not m:
        return None
    digits = m.group(1)
    return int(digits.ljust(4, "0")) if len(digits) < 4 else int(digits)


def main():
    data = json.load(open(sys.argv[1]))
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    events = data["events"]
    dated = [e for e in events if e.get("date")]
    rows = []
    for e in dated:
        d = e["date"]
        p = e["passages"][0]
        rows.append((d["start"], d["value"], d["basis"], p["article"], " ".join(p["text"].split())))
    rows.sort()
    outside = [r for r in rows if not 1990 <= int(r[0][:4]) <= 2015]
    unnamed = [r for r in outside if str(year_of(r[1]))[:3] not in r[4] and r[2] == "explicit"]
    print(f"events {len(events)} dated {len(dated)}")
    print(f"outside 1990..2015: {len(outside)} (explicit ones whose passage does not write the year's digits: {len(unnamed)})")
    for r in unnamed:
        print(f"  UNNAMED {r[1]} {r[2]} | {r[3]} | {r[4][:160]}")
    print("EARLIEST")
    for r in rows[:n]:
        print(f"  {r[1]} {r[2]} | {r[3]} | {r[4][:160]}")
    print("LATEST")
    for r in rows[-n:]:
        print(f"  {r[1]} {r[2]} | {r[3]} | {r[4][:160]}")


if __name__ == "__main__":
    main()
