#!/usr/bin/env python3
"""Table and tally of a judged audit sample. Usage:

    python3 scripts/audit-table.py SAMPLE.md JUDGMENTS.txt "# Title" > table.md

JUDGMENTS.txt has one line per event: "N Y date roles type status summary note" for a real act
(each field Y or N), or "N N note" for an event that is not a real act (see docs/evaluation.md).
"""
import re,sys
sample, judg, title = sys.argv[1], sys.argv[2], sys.argv[3]
sums={}
for m in re.finditer(r"^## (\d+)\. (.*?)  \[", open(sample).read(), re.M): sums[int(m.group(1))]=m.group(2).replace('|','/')
rows=[]
for l in open(judg):
    l=l.rstrip('\n')
    if not l.strip(): continue
    p=l.split(' ')
    n=int(p[0])
    if p[1]=='N':
        rows.append((n,'N','','','','','',' '.join(p[2:])))
    else:
        rows.append((n,'Y',p[2],p[3],p[4],p[5],p[6],' '.join(p[7:])))
acts=[r for r in rows if r[1]=='Y']
full=[r for r in acts if r[2]==r[3]==r[4]==r[5]=='Y']
c=lambda i: sum(1 for r in acts if r[i]=='Y')
print(title+"\n")
print("| # | summary | act | date | roles | type | status | summary ok | note |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
for r in rows: print("| %d | %s | %s |"%(r[0],sums.get(r[0],''),' | '.join(r[1:])))
print("\n**Tally:** real acts %d/80; **fully right %d/80**; of real acts: date %d (%d%%), both roles %d (%d%%), type %d (%d%%), status %d (%d%%), summary %d (%d%%)."%(
 len(acts),len(full),c(2),100*c(2)//len(acts),c(3),100*c(3)//len(acts),c(4),100*c(4)//len(acts),c(5),100*c(5)//len(acts),c(6),100*c(6)//len(acts)))
