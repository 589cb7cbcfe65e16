#!/usr/bin/env python3
"""Placed groups by host state in an `extract` JSON, by script only (usable on a validation split).

Usage: placed-groups.py EXTRACT.json [SHOW_STATE]
Counts the events with a state's rebels or opposition in a role ("united-states-rebels",
"libya-opposition": the sectors that countryless groups such as "rebels" and "protesters" are placed
in, though "Libyan rebels" makes them too), by host state. With SHOW_STATE, prints the passages of the events where that state hosts a group.
"""
import collections
import json
import sys


SECTORS = {"rebels", "opposition"}


def main(path, show=None):
    data = json.load(open(path))
    actors = {a["id"]: a for a in data["actors"]}
    states = {a["id"] for a in data["actors"] if a["kind"] == "state"}
    by_host = collections.Counter()
    total = 0
    for e in data["events"]:
        seen = set()
        for role in ("source", "target"):
            for i in e[role]:
                host = i.rsplit("-", 1)[0] if "-" in i else None
                a = actors.get(i)
                if host in states and a is not None and i.rsplit("-", 1)[1] in SECTORS:
                    if host in seen:
                        continue
                    seen.add(host)
                    by_host[host] += 1
                    total += 1
                    if show == host:
                        print(f"{e['id']} {role} {i}: {e['summary']}\n    {e['passages'][0]['text'][:300]}")
    print(f"events with a state's rebels or opposition in a role: {total}")
    for host, n in by_host.most_common(15):
        print(f"  {host}: {n}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)
