import re,sys
# n: (act, date, roles, type, status, summary, note); '-' = not applicable (not a real act)
J = {}
NON = {2:"tea party rallies",3:"reader comment",4:"transcript chat",5:"supposition ('thinking that they wanted to')",6:"a journalist resigning",
7:"page header",11:"network's sources",13:"reader comment",14:"'held up signs' read as agree",15:"mention",17:"headline run-on",
18:"expectation, not an act",19:"'got what they were seeking'",21:"protesters' refrain, not a refusal",23:"analyst",26:"headline run-on",
28:"reader comment",29:"transcript, unclear who",32:"reader comment",33:"columnist, not the US",34:"mention",37:"reader comment",
38:"wish ('what they would like')",39:"'hard to be encouraging'",40:"programme teaser",43:"reader comment",44:"headline run-on",
47:"hypothetical address to the viewer",48:"eyewitness report read as Egypt",49:"interviewee's mother",53:"'information he received'",
59:"reader comment",63:"reader comment",64:"reader comment",65:"quotation in a comment",67:"analyst",68:"'she said, as a way to describe'",
69:"reader comment",70:"straw poll",73:"commentary",76:"interviewee's quote"}
ACT = {
1:"YYYYYY Mubarak's speech",
8:"YNNYYN protests against Mubarak: Egypt as source, undated",
9:"YNYYYY Obama's call was on Friday, dated by publication",
10:"YYNYYN 'they' (protesters) read as Egypt; summary cut 'and shouted'",
12:"YNYYYY the request was during Iran's 2009 revolt, dated by publication",
16:"YYYYYN summary begins 'About it today'",
20:"YYYYYY attribution Human Rights Watch right",
22:"YNNNYN headline run-on: union's call dated by the update line; type investigate",
24:"YYNYYY protesters (source) missing",
25:"YYYYYY",
27:"YYYYYY",
30:"YYNYYN background; summary cut 'and there'",
31:"YNYYYY protest dated 2006 by the relative clause",
35:"YNYYNY promise made now, dated by the budget day",
36:"YYYYYY",
41:"YYYNYN headline run-on; speech read as aid",
42:"YYNYYN Suleiman's talks: target read as the Revolutionary Guards",
45:"YYYYYN content taken from the participle clause",
46:"YYYNYN police order to ElBaradei read as a statement",
50:"YNYYYY November 2010 shelling undated",
51:"YYYYYY",
52:"YNNYYY Tokyo read as Japan",
54:"YNNYYY habitual call, source (Brotherhood) missing",
55:"YYNYYY ElBaradei (opposition) read as Egypt",
56:"YNYYYY 2010 elections dated by publication",
57:"YYYYYY planned, September",
58:"YYYYYY",
60:"YYYYYN summary cut 'and said there'",
61:"YYNYYY opposition figure read as Egypt, target missing",
62:"YNYNYN arrests read as a statement; background dated by publication",
66:"YNYNNN '2025' (clock time) read as a year -> planned",
71:"YYYYYY",
72:"YYYYYY",
74:"YYNNYN Hezbollah's opponents' day of rage: Hezbollah as source",
75:"YYYYYN quoted object dropped: 'United States supports'",
77:"YYYYYY early 1990s",
78:"YNNNYN bank closure: source missing",
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
