import re,sys
# n: (act, date, roles, type, status, summary, note); '-' = not applicable (not a real act)
J = {}
NON = {1:"an expectation ('was expected to step down')",2:"tea party rallies",3:"reader comment",4:"reader comment",6:"a journalist resigning",
7:"some Egyptians' sentiment",9:"experts' analysis",11:"talk-show chat",12:"reader comment",13:"reader comment",15:"blogger ('she writes')",
21:"'it strikes me'",25:"quoted intent ('we will continue')",27:"earthquake 'struck'",29:"interviewee",30:"transcript analysis",31:"reader comment",
32:"'pounds' read as a verb",36:"'expectation that Mubarak crushed'",37:"reader comment",39:"'to suggest'",40:"'an Iran-like wave of protests'",
43:"reader comment",47:"interview transcript",49:"interviewee's mother",54:"film plot",55:"teaser",57:"a dog-sled company's orders",
64:"reader comment",65:"reader comment",68:"'she said, as a way to describe'",69:"reader comment, supposition read as planned",
70:"shops closing",72:"unattributed remark",73:"a Twitter spokeswoman read as Egypt",77:"analyst's opinion"}
ACT = {
5:"YYYYYY",
8:"YNNYYN Obama urges the military: read as Egypt, undated",
10:"YYNYYN Arab academics read as Egypt",
14:"YYYYYN killed by Egyptian police, according to Reuters; summary 'Shot by Egypt'",
16:"YYYYYN summary begins 'About it today'",
17:"YNNYYY protesters missing, undated",
18:"YYNYYN 'they' (protesters) read as Egypt; summary cut 'and shouted'",
19:"YYYYYY",
20:"YYYYYY attribution Human Rights Watch right",
22:"YNYYNY 'is expected to tour' not planned; dated by the cancelled meeting",
23:"YNNYYN Yemeni demonstrators missing; summary cut",
24:"YYNYYY protesters missing",
26:"YYNYYN protesters read as Jordan",
28:"YNYNYN censorship read as protest, undated",
33:"YYNYYN Egypt added as a source; summary garbled",
34:"YNNYYN passive 'performed by Australian and New Zealand troops': troops read as target",
35:"YNYYYY a State of the Union line quoted later, dated by publication",
38:"YYYYYY antiquities chief's account",
41:"YYYYYN content taken from 'in a national address'",
42:"YYYYYY planned Sunday",
44:"YYNYYY Jordanians (private) read as Jordan, Egypt (embassy) missing",
45:"YYNYYY opposition figure read as Egypt",
46:"YNYYYY 'stepped down Friday' left undated in the headline run-on",
48:"YYYYYY",
50:"YYYYYN planned speech; summary from the headline fragment",
51:"YYYYYY",
52:"YYYYYY",
53:"YNNYYY demonstrators missing; live-blog clock time dates it 31 Jan",
56:"YYYYYY 'did not step down' as a refusal",
58:"YYYYYN summary garbled",
59:"YNYYYY speech dated by publication",
60:"YNNNYN Obama informed of Mubarak's decision read as the US stepping down",
61:"YYYYYN summary cut 'adding that no one'",
62:"YNNYYY English Defence League missing, UK as target",
63:"YNYNYN urging read as 'recognizes'",
66:"YYNYYN target 'the government' (Egypt) missing",
67:"YYYYYY",
71:"YYYYYN summary cut 'and expressed optimism'",
74:"YYYYYY",
75:"YYNNYN Obama's answer read as a request with no source",
76:"YNYYYN 'a day after' dated the stepping down; summary 'will step down'",
78:"YYYYYY",
79:"YYNNYN 'they said people should return to the table' read as the US returning",
80:"YYNNYN Pakistani court order read as the US accusing Pakistan",
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
