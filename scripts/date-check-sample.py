#!/usr/bin/env python3
"""40 drawn events of an `extract` of news-dev/libya (TUNE part), seed 40, with date, derivation and the
300 characters before the passage, for judging event dates by hand (docs/evaluation.md, "Event dates").

usage: date-check-sample.py LIBYA_EXTRACT.json [SEED [N]]   (default seed 40, N 40; round seven used seed 73, N 50)
"""
import json,random,sys
# draw 40 drawn libya events (seed 40) and print date + passage + preceding context
d=json.load(open(sys.argv[1]))
arts={'articles#'+str(i+1):json.loads(l) for i,l in enumerate(open('/work/shared/data/news-dev/libya/articles.jsonl'))}
ev=[e for e in d['events'] if e['status'] in ('occurred','planned','threatened')]
ev.sort(key=lambda e:(e['passages'][0]['article'],e['passages'][0]['start'],e['summary']))
seed=int(sys.argv[2]) if len(sys.argv)>2 else 40
n=int(sys.argv[3]) if len(sys.argv)>3 else 40
random.seed(seed)
s=random.sample(ev,n)
for i,e in enumerate(s):
    p=e['passages'][0]; a=arts[p['article']]; t=a['text']
    dt=e['date']
    print(f"## {i+1}. {e['summary']} [{p['article']} @{p['start']} pub {a['published']}] status {e['status']} type {e['type']}")
    print("  date:", (dt['value']+' '+dt['basis']+' | '+dt['derivation']) if dt else None)
    print("  ctx:", ' '.join(t[max(0,p['start']-300):p['start']].split()), '[[', ' '.join(p['text'].split()), ']]')
