"""Prints the audit table and tally from a sample (audit-sample.py's output) and the judgments of it."""
import re


def report(text, NON, ACT):
    """NON: sample number -> why it is not a real act; ACT: number -> 'YYYYYY note' (act, date, roles, type, status, summary)."""
    heads = re.findall(r'^## (\d+)\. (.*?)  \[', text, re.M)
    print("| # | summary | act | date | roles | type | status | summary ok | note |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    t = dict(act=0, date=0, roles=0, type=0, status=0, summ=0, full=0)
    for n, s in heads:
        n = int(n)
        if n in NON:
            print("| %d | %s | N | | | | | | %s |" % (n, s, NON[n])); continue
        v = ACT[n]; f = v[:6]; note = v[7:]
        print("| %d | %s | %s | %s | %s | %s | %s | %s | %s |" % (n, s, *f, note))
        t['act'] += 1
        for k, c in zip(['date','roles','type','status','summ'], f[1:]):
            t[k] += c == 'Y'
        t['full'] += f[1:5] == 'YYYY'
    a = t['act']
    print("\n**Tally:** real acts %d/80; fully right (act, date, roles, type, status) %d/80; of real acts: roles %d (%.0f%%), date %d (%.0f%%), type %d (%.0f%%), status %d (%.0f%%), summary a correct readable line %d (%.0f%%)." % (
        a, t['full'], t['roles'], 100*t['roles']/a, t['date'], 100*t['date']/a, t['type'], 100*t['type']/a, t['status'], 100*t['status']/a, t['summ'], 100*t['summ']/a))
    says = sum(1 for n, s in heads if re.fullmatch(r'[^:]* (says|demands)', s))
    print("Summaries of the form 'X says' / 'X demands' with nothing said: %d of 80." % says)


def furniture_report(text, furniture, notes, tally_words):
    """Table of a furniture audit: each event of the sample, whether it comes from page furniture
    (furniture: number -> why) and an optional note (notes: number -> note); then the tally."""
    heads = re.findall(r"^## (\d+)\. (.*)$", text, re.M)
    print("| # | event | from furniture | note |")
    print("| --- | --- | --- | --- |")
    for n, head in heads:
        n = int(n)
        verdict = "yes" if n in furniture else "no"
        note = furniture.get(n) or notes.get(n, "")
        print(f"| {n} | {head[:70].replace('|', '/')} | {verdict} | {note} |")
    print()
    print(f"**From furniture: {len(furniture)} of {len(heads)}** {tally_words}")
