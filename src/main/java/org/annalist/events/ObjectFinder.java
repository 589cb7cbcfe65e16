package org.annalist.events;

import org.annalist.text.PosTagger;
import org.annalist.text.Token;

/**
 * The object of an act for its summary: the words after the trigger up to the end of its phrase (a
 * clause break, a time expression, a second predicate "and shouted", the next clause's subject, a
 * headline run on into page text), at most {@code OBJECT_WORDS} words.
 */
final class ObjectFinder {

    private static final int OBJECT_WORDS = 12;
    private final Cues cues;
    private final PosTagger tagger;
    private final SummaryWords words;
    private final PhraseCutter cutter;

    ObjectFinder(Cues cues, PosTagger tagger, SummaryWords words, PhraseCutter cutter) {
        this.cues = cues;
        this.tagger = tagger;
        this.words = words;
        this.cutter = cutter;
    }

    /** The words after the trigger up to punctuation, a clause break or a time expression. */
    String object(SentenceView v, TriggerMatch head, String text, EventType type) {
        int end = head.last() + 1;
        int limit = head.last() + 1 + OBJECT_WORDS;
        boolean cut = false;
        int from = head.last() + 1;
        from = afterLeadingTime(v, from); // "met on Tuesday with Clinton": the time is not the object
        end = from;
        limit = from + OBJECT_WORDS;
        int timeInGroup = -1;
        String[] phrase = head.rule().phrase().split(" ");
        // "warns that the troops are ...": a clause of its own may have its verb (also when "that" ends the trigger: "warn that")
        boolean complement = cues.complementizers.contains(phrase[phrase.length - 1])
                || type == EventType.STATEMENT; // "warned governments they were ...": what is said is a clause
        for (int i = from; i < v.tokens.size(); i++) {
            Token t = v.tokens.get(i);
            if (TokenShapes.inTimex(v, i) && i > from && (TokenShapes.isArticle(v.tokens.get(i - 1).lower()) || timeInGroup == i - 1)) {
                end = i + 1; // "its midnight curfew": a time inside the noun group
                timeInGroup = i;
                continue;
            }
            complement |= cues.complementizers.contains(t.lower());
            if (i > from && words.finiteBe().contains(t.lower()) && words.subjectPronouns().contains(v.tokens.get(i - 1).lower())) {
                complement = true; // "told them they were ...": a clause without "that"
            }
            if (runOn(v, i) || i > from && !complement && words.finiteBe().contains(t.lower())) {
                end = secondSubject(v, from, end); // "three died and 70 were wounded": "70" is the next clause's subject
                break; // "the men who tortured her are still free": the main clause's verb is no object
            }
            // a quoted object stays ("called for a \"physical liquidation\""), without its quote marks
            boolean inWord = TokenShapes.numberPart(v, i) || TokenShapes.joinedDash(v, i); // "10,000", "7:30", "$400 - $500", "do-or-die"
            if (!t.isWord() && !t.text().equals("'s") && !inWord && !TokenShapes.isQuoteMark(t) || cues.clauseBreaks.contains(t.lower()) && !inWord || TokenShapes.inTimex(v, i)
                    || (timePreposition(t.lower()) && i + 1 < v.tokens.size() && TokenShapes.inTimex(v, i + 1))) {
                break;
            }
            if (secondPredicate(v, i)) {
                break; // "asks the army to intervene and shouted": the second act is not this one's object
            }
            if (i >= limit) {
                cut = true;
                break;
            }
            end = i + 1;
        }
        int completed = cut ? cutter.completed(v, from, end) : -1;
        end = completed > 0 ? cutter.trimmed(v, from, completed, false) : cutter.trimmed(v, from, end, cut);
        if (end <= from) {
            return "";
        }
        return text.substring(v.tokens.get(from).start(), v.tokens.get(end - 1).end())
                .replaceAll("[\"\u201c\u201d]", "").replaceAll("\\s+", " ").trim();
    }

    /** The end of an object before the subject of a second clause: back to its "and"/"but", at most four words back. */
    private static int secondSubject(SentenceView v, int from, int end) {
        for (int k = end - 1; k >= from && k >= end - 4; k--) { // "and 70 were": the whole object may be the next clause
            String w = v.tokens.get(k).lower();
            if (w.equals("and") || w.equals("but")) {
                return k;
            }
        }
        return end;
    }

    /** Past a time phrase right after the verb ("met Tuesday in private"), when words follow it. */
    private int afterLeadingTime(SentenceView v, int from) {
        int i = from;
        if (i + 1 < v.tokens.size() && timePreposition(v.tokens.get(i).lower()) && TokenShapes.inTimex(v, i + 1)) {
            i++;
        }
        if (i >= v.tokens.size() || !TokenShapes.inTimex(v, i)) {
            return from;
        }
        while (i < v.tokens.size() && TokenShapes.inTimex(v, i)) {
            i++;
        }
        return i < v.tokens.size() && v.tokens.get(i).isWord() && !cues.clauseBreaks.contains(v.tokens.get(i).lower()) ? i : from;
    }

    /**
     * A headline run on into the next line of page text: a capitalised article or pronoun right after a
     * lowercase word ("... rocked by explosions A former congresswoman rips ..."); the line ends there.
     */
    boolean runOn(SentenceView v, int i) {
        if (i == 0) {
            return false;
        }
        Token t = v.tokens.get(i);
        Token prev = v.tokens.get(i - 1);
        String w = t.text();
        boolean capitalised = w.length() > 0 && Character.isUpperCase(w.charAt(0)) && !w.equals("I");
        boolean opener = cues.runOnOpeners.contains(t.lower()) || w.equals("NEW");
        return capitalised && opener && prev.isWord() && prev.text().equals(prev.lower()) && prev.text().length() > 2
                && !cues.functionWords.contains(prev.lower());
    }

    /** "and shouted", "and expressed optimism", "and said": a conjunction that opens a second predicate. */
    boolean secondPredicate(SentenceView v, int i) {
        String w = v.tokens.get(i).lower();
        if (!(w.equals("and") || w.equals("or") || w.equals("but")) || i + 1 >= v.tokens.size()) {
            return false;
        }
        int k = i + 1;
        while (k + 1 < v.tokens.size() && TokenShapes.isQuoteMark(v.tokens.get(k))) {
            k++; // 'and "considering all ...'
        }
        int next = k;
        Token n = v.tokens.get(next);
        return v.reporting.contains(next) || v.triggers.stream().anyMatch(x -> x.first() == next && x.isVerb())
                || (n.text().equals(n.lower()) && n.lower().endsWith("ed") && n.lower().length() > 4)
                || n.lower().equals("that") || TokenShapes.isGerund(n) || finiteVerb(v, next);
    }

    /** A lowercase finite verb by its tag ("and took responsibility", "and said"): tagged only after a conjunction. */
    private boolean finiteVerb(SentenceView v, int k) {
        Token n = v.tokens.get(k);
        if (!n.isWord() || !n.text().equals(n.lower()) || cues.functionWords.contains(n.lower())) {
            return false;
        }
        int lo = Math.max(0, k - 3);
        String[] tags = tagger.tags(v.tokens.subList(lo, Math.min(v.tokens.size(), k + 3)));
        String tag = tags[k - lo];
        // "and took responsibility", "have fought and bled": after a conjunction a participle is a second verb too
        return "VBD".equals(tag) || "VBZ".equals(tag) || "VBP".equals(tag) || "VB".equals(tag) || "VBN".equals(tag);
    }

    /** A preposition that governs a following time ("on Monday", "over the weekend", "until 2 a.m."). */
    private boolean timePreposition(String w) {
        return cues.governing.contains(w) || cues.nonGoverning.contains(w) || w.equals("about") || w.equals("around");
    }
}
