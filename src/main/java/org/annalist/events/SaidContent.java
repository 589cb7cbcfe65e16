package org.annalist.events;

import java.util.List;
import org.annalist.text.PosTagger;
import org.annalist.text.Token;

/**
 * What a statement says, for its summary ("France: The ceasefire in Aleppo has collapsed"): the words
 * after the reporting verb (past "told CNN that", "quoted X as saying", a short phrase "said in a
 * statement it ..."), or before ", he said"; never a leading prepositional or time phrase, and nothing
 * when no clause was said ("said it today"): no "X says" is made.
 */
final class SaidContent {

    private static final int SAID_WORDS = 20;
    private final Summarizer s;
    private final ObjectFinder objects;
    private final PhraseCutter cutter;
    private final Cues cues;
    private final PosTagger tagger;
    private final SummaryWords words;

    SaidContent(Summarizer s, ObjectFinder objects, PhraseCutter cutter, Cues cues, PosTagger tagger, SummaryWords words) {
        this.s = s;
        this.objects = objects;
        this.cutter = cutter;
        this.cues = cues;
        this.tagger = tagger;
        this.words = words;
    }

    /**
     * "Speaker: what was said", from the words after the reporting verb, or before ", he said"; null
     * when nothing said can be found (a bare "X says" tells a reader nothing: no statement is made of it).
     */
    String said(SentenceView v, int speech, EventType type, List<String> source, List<String> target, String text) {
        String who = s.names(source);
        Content content = speech < 0 ? Content.NONE : content(v, speech, text, source);
        if (content.text().isEmpty()) {
            return null;
        }
        if (content.actLine()) {
            return Summarizer.capital(who + " " + content.text()); // "They said they need ..." -> "Rebels in Libya need ..."
        }
        return who + (target.isEmpty() ? "" : " to " + s.names(target)) + ": " + Summarizer.capital(content.text());
    }

    /** What was said, or the rest of an act line of the speaker's own ({@code actLine}: "would resign"). */
    private record Content(String text, boolean actLine) {
        static final Content NONE = new Content("", false);
    }

    private Content content(SentenceView v, int r, String text, List<String> source) {
        int from = r + 1;
        while (from < v.tokens.size() && (v.tokens.get(from).lower().equals("that") || !v.tokens.get(from).isWord()
                || TokenShapes.inTimex(v, from) || cues.governing.contains(v.tokens.get(from).lower()) && from + 1 < v.tokens.size() && TokenShapes.inTimex(v, from + 1))) {
            from++; // "said on Sunday that ...": the time is not what was said
        }
        int addressee = from;
        from = afterAddressee(v, from);
        // '"... one voice," Obama told reporters at the White House in ...': no "that" after the addressee, and a
        // quotation closed right before the speaker: what was said is the quotation, not the addressee's words
        boolean quotedBefore = from == addressee && v.tokens.get(r).lower().equals("told") && quoteClosesBefore(v, r);
        from = afterAsSaying(v, from);
        int to = v.tokens.size();
        while (to > from && !v.tokens.get(to - 1).isWord()) {
            to--;
        }
        int last = to - 1;
        int said = from;
        boolean speakerOnly = to - from <= 4 && v.mentions.stream() // "..., said the French foreign ministry"
                .anyMatch(m -> m.first() >= r + 1 && m.first() <= said + 1 && m.last() >= last);
        if (from < to && isPreposition(v.tokens.get(from).lower())) {
            from = afterShortPhrase(v, from, to); // "said in a statement (that) it was looking ..."
        }
        boolean topicOnly = from < to && isPreposition(v.tokens.get(from).lower()); // "talked about it today"
        if (to - from < 3 || speakerOnly || topicOnly || quotedBefore) { // "..., he said." / "..., said the ministry": what was said comes first
            int comma = r - 1;
            while (comma > 0 && !v.tokens.get(comma).text().equals(",")) {
                comma--;
            }
            from = 0;
            to = comma;
        }
        from = afterLeadingPhrase(v, from, to);
        if (from < to && isPreposition(v.tokens.get(from).lower())) {
            return Content.NONE; // "talked about it today": the topic, not what was said
        }
        from = afterAttribution(v, from, to, text);
        int end = clauseEnd(v, from, to);
        if (from >= end || !asserts(v, from, end)) {
            return Content.NONE; // "said it today", "said this about the talks": no clause, nothing said
        }
        if (opensWith(v, from, words.dependentOpeners(), text) || reportingOnly(v, from, end) || cutter.stampOnly(v, from, end)) {
            return Content.NONE; // "That's why he ...", "State-run Nile TV reported", "Update 10:15 p.m. in Cairo": nothing said
        }
        String phrase = cutter.phrase(v, from, end, SAID_WORDS, text);
        return from > r ? speakerNamed(v, r, from, phrase, source, text) : new Content(phrase, false);
    }

    /**
     * Reported speech opening on a pronoun that is its speaker ("Rebels said they had advanced"): the
     * speaker's own subject stands for it ("Rebels had advanced"); when that subject is the same "they"
     * ("They said they need more airstrikes"), an act line of a collective speaker ("Rebels in Libya need ..."). The number
     * must agree ("Gaddafi ... says they are criminals": "they" is someone else, left as it is).
     */
    private Content speakerNamed(SentenceView v, int r, int from, String said, List<String> source, String text) {
        Token t = v.tokens.get(from);
        String p = t.lower();
        boolean glued = from + 1 < v.tokens.size() && v.tokens.get(from + 1).start() == t.end(); // "they're", "he's"
        boolean quoted = v.quoted[from] || from > 0 && TokenShapes.isQuoteMark(v.tokens.get(from - 1)); // '"They are ...": someone else
        if (!words.speakerPronouns().contains(p) || glued || quoted || !said.startsWith(t.text())) {
            return new Content(said, false);
        }
        boolean plural = p.equals("they");
        String rest = said.substring(t.text().length());
        SubjectPhrase subject = SubjectPhrase.of(cues, v, r, tagger, text);
        if (subject == null || subject.plural() != plural || !ownSubject(v, r, subject, text)) {
            return new Content(said, false);
        }
        if (!words.speakerPronouns().contains(subject.text().toLowerCase())) {
            return new Content(subject.text() + rest, false);
        }
        // "they said they ...": the collective speaker's act ("Rebels in Libya need more airstrikes"); a person's
        // "he"/"she" stays, an actor's name does not stand for one ("Libya was risking her life")
        boolean same = plural && subject.text().equalsIgnoreCase(p) && !source.isEmpty() && s.plural(source);
        return same ? new Content(rest.trim(), true) : new Content(said, false);
    }

    /**
     * Whether the noun group found before the reporting verb is its subject, not the object of a
     * preposition or a time ("a Libyan from [Bani Walid] said", "defected to [London] says", "on [Sunday] said").
     */
    private boolean ownSubject(SentenceView v, int r, SubjectPhrase subject, String text) {
        int from = v.tokens.get(0).start(); // the group may be capitalised ("Soldiers" for "the soldiers")
        int at = text.substring(from, v.tokens.get(r).start()).toLowerCase().lastIndexOf(subject.text().toLowerCase());
        at = at < 0 ? -1 : at + from;
        if (at < 0) {
            return false;
        }
        String first = text.substring(at).split("\\s+", 2)[0];
        if (first.endsWith("ed") && first.equals(first.toLowerCase())) {
            return false; // "has frustrated and angered opposition leaders, who say they": a verb's object, not a subject
        }
        for (int i = 0; i < r; i++) {
            Token t = v.tokens.get(i);
            if (t.start() >= at) {
                return !TokenShapes.inTimex(v, i) && !TokenShapes.inTimex(v, r - 1) && (i == 0 || !isPreposition(v.tokens.get(i - 1).lower()));
            }
        }
        return false;
    }

    /** Whether tokens from {@code from} open on one of {@code openers} ("that's why", "according to"). */
    private static boolean opensWith(SentenceView v, int from, List<String> openers, String text) {
        if (from >= v.tokens.size()) {
            return false;
        }
        int stop = v.tokens.get(Math.min(v.tokens.size() - 1, from + 5)).end();
        String head = text.substring(v.tokens.get(from).start(), stop).toLowerCase().replace('\u2019', '\'').replaceAll("\\s+", " ");
        for (String o : openers) {
            if (head.startsWith(o) && (head.length() == o.length() || !Character.isLetter(head.charAt(o.length())))) {
                return true;
            }
        }
        return false;
    }

    /** "According to the official, the army ...": what was said starts after the attribution's comma; with none, nothing is said. */
    private int afterAttribution(SentenceView v, int from, int to, String text) {
        if (!opensWith(v, from, words.attributionOpeners(), text)) {
            return from;
        }
        for (int i = from + 1; i < Math.min(to, from + 10); i++) {
            if (v.tokens.get(i).text().equals(",")) {
                return i + 1;
            }
        }
        return to;
    }

    /** A short reporting clause alone ("State-run Nile TV reported", "the agency said"): its speaker, not what it said. */
    private static boolean reportingOnly(SentenceView v, int from, int end) {
        int last = end - 1;
        while (last > from && !v.tokens.get(last).isWord()) {
            last--;
        }
        long words = v.tokens.subList(from, last + 1).stream().filter(Token::isWord).count();
        return words <= 6 && v.reporting.contains(last);
    }

    /** "quoted Judeh as saying that ...": what was said begins after "as saying (that)". */
    private static int afterAsSaying(SentenceView v, int from) {
        for (int i = from; i + 1 < Math.min(v.tokens.size(), from + 7); i++) {
            if (v.tokens.get(i).lower().equals("as") && (v.reporting.contains(i + 1) || TokenShapes.isGerund(v.tokens.get(i + 1)))) {
                int k = i + 2;
                while (k < v.tokens.size() && (v.tokens.get(k).lower().equals("that") || !v.tokens.get(k).isWord())) {
                    k++;
                }
                return k;
            }
        }
        return from;
    }

    /** Whether tokens [from, to) say something: a clause with a verb, not "it today" or "this about the talks". */
    private boolean asserts(SentenceView v, int from, int to) {
        long words = v.tokens.subList(from, Math.max(from, to)).stream().filter(Token::isWord).count();
        if (words == 0) {
            return false;
        }
        String first = v.tokens.get(from).lower();
        if ((first.equals("this") || first.equals("that") || first.equals("it") || first.equals("so")) && from + 1 < to
                && isPreposition(v.tokens.get(from + 1).lower())) {
            return false;
        }
        String[] tags = tagger.tags(v.tokens.subList(from, to));
        if (opensOnVerb(v, from, tags)) {
            return false; // "which they said was made in ...": the subject stayed behind, the words are no clause
        }
        if (words > 5) {
            return true;
        }
        for (String tag : tags) {
            if (tag != null && (tag.startsWith("VB") || tag.equals("MD"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether what was said opens on a finite verb or participle, also after an adverb ("Deliberately sought"): its subject was lost. */
    private boolean opensOnVerb(SentenceView v, int from, String[] tags) {
        int i = 0;
        while (i + 1 < tags.length && ("RB".equals(tags[i]) || !v.tokens.get(from + i).isWord())) {
            i++;
        }
        String w = v.tokens.get(from + i).text();
        // lowercase in the text only: a capitalised opening word ("Talk about ...", "Rebel-controlled fields") is often mis-tagged
        // "reports emerged", "output had halved": a verb right after it shows the first word was the subject noun
        boolean verbNext = i + 1 < tags.length && tags[i + 1] != null && words.verbOpeningTags().contains(tags[i + 1]) && !"VBN".equals(tags[i + 1]);
        boolean relative = cues.relativePronouns.contains(w); // ", which has backed Gaddafi": a relative clause, not what was said
        return i < tags.length && w.equals(w.toLowerCase()) && (relative || words.verbOpeningTags().contains(tags[i]) && !verbNext);
    }

    /** After a short prepositional phrase: the word after "that" or the subject pronoun that opens what was said. */
    private int afterShortPhrase(SentenceView v, int from, int to) {
        for (int i = from + 1; i < Math.min(to, from + 7); i++) {
            String w = v.tokens.get(i).lower();
            if (w.equals("that") || w.equals(",")) {
                return i + 1 < to && !TokenShapes.isGerund(v.tokens.get(i + 1)) ? i + 1 : from;
            }
            if (words.subjectPronouns().contains(w)) {
                return i;
            }
        }
        return from;
    }

    /** Whether a quotation closes with a comma within the six tokens before the reporting verb at {@code r} (',"' or '",'). */
    private static boolean quoteClosesBefore(SentenceView v, int r) {
        for (int i = Math.max(1, r - 6); i < r; i++) {
            if (TokenShapes.isQuoteMark(v.tokens.get(i)) && (v.tokens.get(i - 1).text().equals(",")
                    || i + 1 < r && v.tokens.get(i + 1).text().equals(","))) {
                return true;
            }
        }
        return false;
    }

    /** "told CNN that ...", "told a newspaper in June that ...": what was said begins after the addressee and "that" (within ten tokens). */
    private static int afterAddressee(SentenceView v, int from) {
        for (int i = from; i < Math.min(v.tokens.size(), from + 10); i++) {
            Token t = v.tokens.get(i);
            if (t.lower().equals("that") && i > from) {
                return i + 1;
            }
            int at = i;
            if (!t.isWord() || v.triggers.stream().anyMatch(x -> x.first() == at) || v.reporting.contains(i)) {
                break;
            }
        }
        return from;
    }

    /** "In a national address on Saturday, ...": a leading prepositional or time phrase up to its comma is not the content. */
    private int afterLeadingPhrase(SentenceView v, int from, int to) {
        if (from >= to || !(isPreposition(v.tokens.get(from).lower()) || TokenShapes.inTimex(v, from))) {
            return from;
        }
        for (int i = from + 1; i < to; i++) {
            if (v.tokens.get(i).text().equals(",")) {
                return i + 1;
            }
        }
        return to; // the whole span is the phrase: nothing said in it
    }

    private boolean isPreposition(String w) {
        return cues.governing.contains(w) && !w.equals("last") && !w.equals("this") && !w.equals("early")
                && !w.equals("late") && !w.equals("earlier") && !w.equals("later")
                || cues.nonGoverning.contains(w) || cues.locative.contains(w) || w.equals("about") || w.equals("with")
                || w.equals("as") || w.equals("despite") || w.equals("amid") || w.equals("to");
    }

    /**
     * Where what was said ends: before ", adding ..."/", saying ..." (a second statement), before
     * "and said" or "and" with a second act verb, and before a semicolon.
     */
    private int clauseEnd(SentenceView v, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            Token t = v.tokens.get(i);
            if (t.text().equals(";") || t.text().equals("|") || isDash(t.text()) && i - from >= 3 && !TokenShapes.joinedDash(v, i) && !TokenShapes.numberPart(v, i) || objects.runOn(v, i)) {
                return i; // "... what transpires Friday -- when another ...": a dash opens an aside
            }
            if (i + 1 < to && (t.text().equals(",") && TokenShapes.isGerund(v.tokens.get(i + 1)) || objects.secondPredicate(v, i))) {
                return i;
            }
            if (t.text().equals(",") && trailingReport(v, i, to)) {
                return i; // "reported the confiscation of their equipment, it added": the second reporting clause is not what was said
            }
        }
        return to;
    }

    /** A short reporting clause closing the sentence after the comma at {@code comma}: ", it added", ", the ministry said on Sunday". */
    private static boolean trailingReport(SentenceView v, int comma, int to) {
        for (int k = comma + 1; k <= Math.min(comma + 3, to - 1); k++) {
            if (v.reporting.contains(k)) {
                return to - k <= 4;
            }
        }
        return false;
    }

    private static boolean isDash(String w) {
        return w.equals("--") || w.equals("\u2014") || w.equals("\u2013") || w.equals("-");
    }
}
