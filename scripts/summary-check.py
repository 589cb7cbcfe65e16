#!/usr/bin/env python3
"""Counts faulty summaries of drawn events over a whole `extract` run, by class. Usage:

    python3 scripts/summary-check.py /tmp/egypt.json [--list [CLASS]]

Classes (heuristics on the JSON alone, so each is an estimate; --list prints every hit to judge):
  says       "X says"-like: "Statement by X", "Demand by X", "X says", "X: " with no content.
  cut        cut inside a phrase: ends on a function word (not an object "her", not a particle or
             preposition where the passage's own clause ends: "take over.", "than ever before."; a line
             ending in a number is not cut), on "and <verb>" / ", adding ..." with at most three words
             after it, on a dash, or inside an unclosed parenthesis.
  no-agent   no catalog source and the line opens on a re-inflected verb ("Marches to a base").
  agreement  a plural subject with a singular verb or the reverse ("Protesters attacks",
             "Demonstration continue").
  no-object  the actors' names and a bare verb group, nothing done to anything ("Egypt decides",
             "Libya killed").
  pronoun    an act's line (not a statement) prints "he", "him", "his", "she" or "her" with no person named
             before it in the line: a reader cannot tell who ("Turkey offers him a guarantee").
  fragment   what a statement says opens on a word that was lowercase in the passage and is a verb, an
             auxiliary or a relative pronoun: its subject stayed behind ("Libya: Was made in an attempt",
             "US: Deliberately sought to ...").
  (cut also counts a line ending on a modal or "be"/"being" + "-ing" verb: "can be murdering", and a
  line opening on a word an amount lost its first word from: "Least eight rebels were killed".)
  said-pronoun  what a statement says opens on "He", "She" or "They": a reader cannot tell who, and
             reported speech about the speaker should name the speaker ("Rebels said they had advanced").
  stamp      what a statement says is a live-blog update stamp ("X: Update 10:15 p.m. in Cairo").
  reporting  what a statement says is the reporting clause or an attribution ("X: State-run TV reported",
             "X: According to the official"), or a clause leaning on the sentence before ("X: That's why ...").
  (cut also counts a line ending on a possessor whose noun was left off: "an end to Gadhafi" for
  "an end to Gadhafi's rule", "recognizes demonstrators" for "demonstrators' concerns".)
  broken     a form no reader parses: "as saying", "X: It today", a line ending in a dash clause,
             page furniture ("TRIPOLI | Sat ...", "(Reuters"), a headline run on into the next ("... by
             explosions A former congresswoman rips ...").
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
VERB_GROUP = {"will", "would", "must", "does", "do", "not", "denies", "deny", "it", "they", "is", "are", "was", "were"}
PLURAL_NOUN = re.compile(r"^(?:[A-Z][a-z]+ )?[A-Z]?[a-z]+(?:ers|ors|ists|ians|ants|ents|els|ces|ops|ies|ees)(?: in [A-Z]\w+(?: [A-Z]\w+)*)? "
                         r"([a-z]+(?<!s)s|has|is|was|does)\b")
SINGULAR_NOUN = re.compile(r"^(?:[A-Z][a-z]+ )?[A-Z]?[a-z]+(?:tion|ment|ance|ence|ity|ship|ness) ([a-z]+)\b")
BROKEN = [
    re.compile(r"\bas (?:saying|telling)\b"),
    re.compile(r"^[^:]+: (?:This|That|It|They|He|She|So|There)(?: [a-z]+)?$"),  # "X: It today"
    re.compile(r"^[^:]+: (?:This|That|It) (?:about|of|on|in)\b"),               # "X: This about ..."
    re.compile(r"(?:--|\u2014)(?:\s+\S+){0,8}$"),                                # ends in a dash clause
    re.compile(r" \| |\((?:Reuters|CNN|AP|AFP)\b|\bNEW:"),                       # page furniture
    re.compile(r"\b(?!and\b|or\b|but\b)[a-z]{3,} (?:We|They|He|She|It|A|An|NEW|I|This|These)\b(?! [A-Z])"),  # run-on
    re.compile(r"\b(?!(?:" + "|".join(sorted(FUNCTION)) + r")\b)[a-z]{3,} The [a-z]"),
]


def clause_ends(summary, passage):
    """The line ends where the text's own clause ends: its last words stand before punctuation or the end
    of the passage ("asked the army to take over.", "than ever before."), so nothing was cut off."""
    tail = re.findall(r"\S+", summary)[-3:]
    if not tail:
        return False
    m = re.search(r"\s+".join(re.escape(w.strip('"')) for w in tail) + r"(?=\s*(?:[.,;:!?)\u201d\"]|--|$))", passage)
    return m is not None


# "can be murdering", "will": a verb group still awaiting its object; "Least eight": "At" lost
OPEN_VERB_END = re.compile(r"\b(?:be|being|been) [a-z]+ing$|\b(?:can|could|will|would|shall|should|may|might|must)$")
LOST_OPENER = re.compile(r"^(?:Least|Than) ")
PRONOUN = re.compile(r"\b(?:he|him|his|she|her)\b")
FRAGMENT_OPENER = re.compile(r"^(?:(?:[a-z]+ly) )?(?:was|were|is|are|has|have|had|will|would|can|could|may|might|must|should"
                             r"|which|[a-z]+ed)\b")


def cut(summary, passage=""):
    words = re.findall(r"[A-Za-z']+", summary)
    if not words:
        return True
    if OPEN_VERB_END.search(summary) or LOST_OPENER.search(summary):
        return True
    if re.search(r"\d%?$", summary):
        return False  # an amount or a year ends the line ("more than 200", "in 1945"): no dangling word
    if words[-1].lower() in FUNCTION and (words[-1].lower() == "her" or passage and clause_ends(summary, passage)):
        return False  # "expel her", "take over.": an object pronoun or a particle where the text's clause ends
    if words[-1].lower() in FUNCTION:
        return True
    if summary.count("(") > summary.count(")"):
        return True
    if re.search(r"(?:--|\u2014)\s*$", summary):
        return True
    return bool(TAIL.search(summary))


def no_agent(e, first_words):
    if e["source"] or ":" in e["summary"]:
        return False
    first = e["summary"].split(" ", 1)[0]
    if first in first_words:
        return False
    passage = {w.lower() for w in re.findall(r"[A-Za-z']+", e["passages"][0]["text"])}
    return first.lower() in ("will", "would", "must", "does", "denies") or (
        first.lower() not in passage and re.fullmatch(r"[A-Z][a-z]+(?:s|ed)", first) is not None)


def no_object(e, names):
    s = e["summary"]
    if ":" in s:
        return False
    who = [names.get(a, a) for a in e["source"]] or [names.get(a, a) for a in e["target"]]
    head = " and ".join(who)
    if not who or not s.startswith(head):
        return False
    rest = s[len(head):].split()
    return len(rest) == 1 or (0 < len(rest) <= 4 and all(w in VERB_GROUP for w in rest[:-1]))


def agreement(e):
    s = e["summary"]
    m = PLURAL_NOUN.match(s)
    if m and m.group(1) not in FUNCTION and not s.startswith(("United States", "Netherlands", "Philippines")):
        return True
    m = SINGULAR_NOUN.match(s)
    if m:
        w = m.group(1)
        return w not in FUNCTION and not re.search(r"(s|ed|ing|ly)$", w) and w not in VERB_GROUP
    return False


def pronoun(e, names):
    s = e["summary"]
    if ":" in s:
        return False
    for a in e["source"] + e["target"]:
        s = s.replace(names.get(a, a), "")
    m = PRONOUN.search(s)
    # a person named before the pronoun in the line may be who it stands for ("that Gadhafi is on his way")
    return m is not None and not re.search(r"\b[A-Z][a-z]+", s[:m.start()])


def fragment(e):
    s = e["summary"]
    if ": " not in s:
        return False
    content = s.split(": ", 1)[1]
    first = content.split(" ", 1)[0]
    passage = "\n".join(p["text"] for p in e["passages"])
    low = first[:1].lower() + first[1:]
    # lowercase in the passage: the words were cut from inside a sentence, past their subject
    return bool(re.search(r"(?<![A-Za-z])" + re.escape(low) + r"\b", passage)) and FRAGMENT_OPENER.match(
        low + content[len(first):]) is not None


SAID_PRONOUN = re.compile(r"^(?:He|She|They)(?:\b|'|’)")
STAMP = re.compile(r"^Update[sd]?\b.*\d")
REPORTING_END = re.compile(r"\b(?:said|says|reported|reports|told|announced|added|quoted)$")
DEPENDENT = re.compile(r"^(?:That's why|That is why|This is why|Which is why|According to)\b", re.I)


def said_content(e):
    s = e["summary"]
    return s.split(": ", 1)[1] if ": " in s else None


def said_pronoun(e):
    c = said_content(e)
    return c is not None and SAID_PRONOUN.match(c) is not None


def stamp(e):
    c = said_content(e)
    return c is not None and STAMP.match(c) is not None


def reporting(e):
    c = said_content(e)
    return c is not None and (DEPENDENT.match(c) is not None or len(c.split()) <= 6 and REPORTING_END.search(c) is not None)


def possessor_cut(summary, passage):
    """The line ends on a possessor and the passage goes on with its "'s"/"'" and a word: the owned noun was cut."""
    tail = re.findall(r"\S+", summary)[-3:]
    if not tail:
        return False
    return re.search(r"\s+".join(re.escape(w) for w in tail) + r"(?:'s|’s|'|’) [A-Za-z0-9]", passage) is not None


def broken(s):
    return any(p.search(s) for p in BROKEN)


def main(path, listing=None):
    data = json.load(open(path, encoding="utf-8"))
    events = data["events"]
    names = {a["id"]: a["name"] for a in data.get("actors", [])}
    first_words = {n.split(" ", 1)[0] for n in names.values()}
    drawn = [e for e in events if e["status"] in ("occurred", "planned", "threatened")]
    classes = {
        "says": lambda e: bool(SAYS.search(e["summary"])),
        "cut": lambda e: cut(e["summary"], "\n".join(p["text"] for p in e["passages"]))
        or possessor_cut(e["summary"], "\n".join(p["text"] for p in e["passages"])),
        "no-agent": lambda e: no_agent(e, first_words),
        "agreement": agreement,
        "no-object": lambda e: no_object(e, names),
        "pronoun": lambda e: pronoun(e, names),
        "fragment": fragment,
        "broken": lambda e: broken(e["summary"]),
        "said-pronoun": said_pronoun,
        "stamp": stamp,
        "reporting": reporting,
    }
    hits = {c: [e for e in drawn if f(e)] for c, f in classes.items()}
    faulty = {id(e) for hs in hits.values() for e in hs}
    print("%d events, %d drawn; %s; any class %d (%.1f%%)" % (
        len(events), len(drawn), "; ".join("%s %d" % (c, len(h)) for c, h in hits.items()),
        len(faulty), 100.0 * len(faulty) / max(1, len(drawn))))
    if listing is not None:
        for c, hs in hits.items():
            if listing in ("", c):
                for e in hs:
                    print("%-9s %s || %s" % (c, e["summary"], e["passages"][0]["text"][:160].replace("\n", " ")))


if __name__ == "__main__":
    args = sys.argv[2:]
    which = None
    if "--list" in args:
        i = args.index("--list")
        which = args[i + 1] if i + 1 < len(args) else ""
    main(sys.argv[1], which)
