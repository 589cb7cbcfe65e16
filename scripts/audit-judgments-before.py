import re,sys
# n: (act, date, roles, type, status, summary, note); '-' = not applicable (not a real act)
J = {}
NON = {1:"comment, wish",2:"TV promo; speaker not the US",3:"background mention",5:"reader comment",7:"reader comment",
8:"earthquake 'struck'",10:"analyst's quote; 'he' resolved to Egypt",12:"'friends say'",14:"comment; Hezbollah is the protests' target",
15:"'talk of investment' is no act",16:"comment",19:"historical opinion, hypothetical",26:"entertainment promo",30:"'pounds' read as verb",
31:"comment",33:"transcript headline",34:"'doesn't say'",35:"biography",37:"'I have to say'",40:"comment",41:"law 'allowed'",
42:"interview chat",43:"activist's quote, not Egypt",46:"question",48:"private person",49:"comment",51:"comment",53:"comment",
56:"'given in' metaphor",59:"question",60:"background",61:"comment",62:"'not here to defend'",63:"comment",64:"comment",
67:"comment, negated",68:"journalist's report read as Egypt",69:"'met an opposition' metaphor",71:"comment",74:"comment",77:"comment",80:"hypothetical"}
ACT = {
4:"YYNYYN promise: target (Egypt, 'America's ally') missing; summary cut 'ready to'",
6:"YYYYYY Mubarak stepping down, today",
9:"YNYYYN speech was over the weekend, dated by publication; 'Egypt says'",
11:"YYYYYN habitual, undated; summary cut 'reform for'",
13:"YYYYYN Cameron last week; 'United Kingdom says'",
17:"YYYYYY",
18:"YYYYYN 'United States says'",
20:"YYNYYY source (opposition) missing",
21:"YYYYYY",
22:"YYYYYN planned statement; 'Egypt says'",
23:"YNNYYN 18th day = Fri 11 Feb, not 4 Feb; protesters missing",
24:"YYNNYN Israel urges Egypt: target missing, 'Israel says'",
25:"YYNNYN Suleiman's talks: source missing, summary garbled",
27:"YYNYYN Iran's spokesman: source taken as Egypt",
28:"YNYYYN vowed Saturday, dated Sunday by the curfew's end; summary cut",
29:"YNYYYN dated by a clock time to 31 Jan, article 5 Feb; 'Germany says'",
32:"YNYYYN Mubarak's speech, undated; 'Egypt says'",
36:"YYYYNY plans to appeal: status occurred",
38:"YNNYYN '1649' read as a year; no source",
39:"YYNNYN Kerry calls for Mubarak to step down: read as Egypt retreats",
44:"YNNYYN headline run-on; CNN crew missing",
45:"YYYYYY",
47:"YNNYYN former minister; 'recently'; 'Egypt demands'",
50:"YYYYYN 'Iraq says'",
52:"YYYYYN summary cut 'concerted'",
54:"YYYYYY",
55:"YNYNYY blocking searches is coerce, not protest; undated",
57:"YNYYYN habitual given publication date; summary cut 'engage in'",
58:"YYNYYY target 'its African ally' (Egypt) missing",
65:"YYYYYN 'Egypt says' (would honor treaties)",
66:"YYYYYN 'Hezbollah says'",
70:"YYYYYN 'Egypt demands' (call for unity)",
72:"YYNYYN Egypt added as source; headline run-on",
73:"YYNNYN France suspends arms sales to Egypt read as a statement",
75:"YYNNYN report of a promised release read as Egypt consults",
76:"YYNYYY ElBaradei (source) missing",
78:"YYNNNN 'not going to give up support' read as a threat",
79:"YNNYYN protesters missing; Egypt as source",
}
text = open(sys.argv[1]).read()
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
