package org.annalist.events;

import java.util.Set;
import org.annalist.text.FineTags;
import org.annalist.text.PosTagger;
import org.annalist.text.Token;

/**
 * Ends a summary's phrase where a phrase ends: a line cut by its length stops at a clause boundary or
 * before the unfinished phrase ("a village that is of great" -> "a village"), never on a dangling
 * preposition, article or conjunction, and starts after a live blog's update stamp.
 */
final class PhraseCutter {

    /** Tags a phrase may not end on when it was cut: determiners, prepositions, conjunctions, modals, possessives, verbs awaiting an object. */
    private static final Set<String> OPEN_TAGS = Set.of("DT", "PDT", "IN", "CC", "TO", "MD", "PRP$",
            "POS", "WDT", "WP", "WP$", "WRB", "VB", "VBZ", "VBP", "VBD", "VBG", "EX", "RP");
    /** Open words whose fine tag is a closed one: a negation (RB) and the auxiliary participle (VBN, "had been"). */
    private static final Set<String> OPEN_WORDS = Set.of("not", "n't", "been");
    private final Cues cues;
    private final PosTagger tagger;
    private final SummaryWords words;

    PhraseCutter(Cues cues, PosTagger tagger, SummaryWords words) {
        this.cues = cues;
        this.tagger = tagger;
        this.words = words;
    }

    /** Tokens [from, to) as text, at most {@code limit} words, ended at a phrase boundary, without quote marks. */
    String phrase(SentenceView v, int from, int to, int limit, String text) {
        from = afterStamp(v, from, to);
        while (from < to && !v.tokens.get(from).isWord()) {
            from++;
        }
        int end = from;
        for (int words = 0; end < to && (words < limit || !v.tokens.get(end).isWord()); end++) {
            words += v.tokens.get(end).isWord() ? 1 : 0; // punctuation does not count
        }
        boolean cut = end < to;
        for (int i = from; i < end; i++) {
            if (v.tokens.get(i).text().equals(";")) {
                end = i;
                cut = true;
            }
        }
        end = trimmed(v, from, end, cut);
        end = cut ? trimmed(v, from, byTags(v, from, end), false) : end;
        if (end <= from) {
            return "";
        }
        String s = text.substring(v.tokens.get(from).start(), v.tokens.get(end - 1).end());
        return s.replaceAll("[\"\u201c\u201d]", "").replaceAll("\\s+", " ").trim();
    }

    /**
     * The end (exclusive) of tokens [from, end) without a dangling tail: when the words were cut by
     * the limit, the unfinished phrase after the last function word goes ("a village that is of great"
     * -> "a village"); trailing function words and punctuation always go.
     */
    int trimmed(SentenceView v, int from, int end, boolean cut) {
        if (cut) {
            int phraseStart = -1;
            for (int i = end - 1; i > from + 2; i--) {
                String w = v.tokens.get(i).lower();
                if (w.equals(",") && !TokenShapes.numberPart(v, i) || cues.clauseBreaks.contains(w) && !TokenShapes.joinedDash(v, i) && !TokenShapes.numberPart(v, i)
                        || words.subordinators().contains(w)) {
                    phraseStart = i; // a clause boundary is the best place to stop (not "10,000", "do-or-die")
                    break;
                }
                phraseStart = phraseStart < 0 && cues.functionWords.contains(w) ? i : phraseStart;
            }
            end = phraseStart > 0 ? phraseStart : end;
        }
        int open = -1; // an unclosed "(" ends the line before it
        for (int i = from; i < end; i++) {
            String w = v.tokens.get(i).text();
            open = w.equals("(") ? i : w.equals(")") ? -1 : open;
        }
        end = open > from ? open : end;
        while (end > from && (cues.functionWords.contains(v.tokens.get(end - 1).lower()) || !v.tokens.get(end - 1).isWord()
                || cues.negation.endsAt(v.tokens, end - 1) || dangling(v, end - 1))) {
            if (v.tokens.get(end - 1).text().equals(")") && TokenShapes.opens(v, from, end - 1)) {
                break; // "(FT)": a closing parenthesis ends the line with its opening one
            }
            if (TokenShapes.pronounObject(v, end - 1)) {
                break; // "they stand by her.": "her" is the object, not a possessive awaiting its noun
            }
            end--;
        }
        if (cut && end - from > 2 && adjectiveEnds(v, from, end)) {
            return trimmed(v, from, end - 1, false); // "call for an orderly [transition]": the adjective awaited its noun
        }
        return withPossessed(v, from, end);
    }

    private boolean adjectiveEnds(SentenceView v, int from, int end) {
        if (end >= v.tokens.size()) {
            return false;
        }
        String[] tags = tagger.tags(v.tokens.subList(from, end + 1));
        String last = tags[end - 1 - from];
        String before = tags[end - 2 - from];
        String next = tags[end - from];
        // attributive only: after a determiner or possessive, with its noun cut off ("an orderly [transition]"), never "are content"
        return last != null && last.startsWith("JJ") && before != null && (before.equals("DT") || before.equals("PRP$"))
                && next != null && next.startsWith("NN");
    }

    /**
     * A possessor keeps the noun it owns: a phrase ending before "'s" or a plural's "'" runs on to that
     * noun ("an end to Gadhafi['s four-decade rule]", "the rebels[' entry]"), within {@code completionWords}
     * words; without one in reach the possessor goes too, never "recognizes demonstrators" for
     * "demonstrators' concerns".
     */
    private int withPossessed(SentenceView v, int from, int end) {
        if (end <= from || end + 1 >= v.tokens.size() || !possessive(v, end)) {
            return end;
        }
        int stop = Math.min(v.tokens.size(), end + 4 + words.completionWords());
        String[] tags = tagger.tags(v.tokens.subList(end + 1, stop));
        for (int k = end + 1; k < stop; k++) {
            Token t = v.tokens.get(k);
            if (!t.isWord() && !TokenShapes.joinedDash(v, k) && !TokenShapes.numberPart(v, k) || cues.clauseBreaks.contains(t.lower())) {
                break;
            }
            String tag = tags[k - end - 1];
            String next = k + 1 < stop ? tags[k - end] : null;
            if (tag != null && tag.startsWith("NN") && (next == null || !next.startsWith("NN") && !next.equals("POS"))) {
                return k + 1;
            }
        }
        int e = end - 1; // the possessor's name ("Moammar Gadhafi") goes with its marker
        while (e > from && v.tokens.get(e - 1).isCapitalized() && v.tokens.get(e).isCapitalized()) {
            e--;
        }
        return e > from ? trimmed(v, from, e, false) : end;
    }

    /** "'s" or a plural's bare "'" glued to the word before it, with a word after it: a possessive marker. */
    private static boolean possessive(SentenceView v, int i) {
        Token t = v.tokens.get(i);
        Token prev = v.tokens.get(i - 1);
        String w = t.text().replace('\u2019', '\'');
        boolean glued = t.start() == prev.end() && prev.isWord();
        return glued && v.tokens.get(i + 1).isWord() && (w.equals("'s") || w.equals("'") && prev.lower().endsWith("s"));
    }

    /** Whether tokens [from, to) are only a live blog's update stamp ("Update 10:15 p.m. in Cairo"): no verb after the stamp word. */
    boolean stampOnly(SentenceView v, int from, int to) {
        if (from >= to || !cues.updateStamps.contains(v.tokens.get(from).lower()) || !v.tokens.get(from).isCapitalized()) {
            return false;
        }
        String[] tags = tagger.tags(v.tokens.subList(from, to));
        for (int i = 1; i < tags.length; i++) {
            if (tags[i] != null && (tags[i].startsWith("VB") || tags[i].equals("MD"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The end of a phrase cut by its length at {@code end}, completed up to its noun instead of cut
     * inside it: "can be murdering [his own people]", "urges credible [elections]" end on the first
     * noun group's last noun within {@code completionWords} more words; -1 when none ends there (a
     * clause break or punctuation comes first), and the line is trimmed back as before.
     */
    int completed(SentenceView v, int from, int end) {
        int stop = Math.min(v.tokens.size(), end + words.completionWords() + 1);
        if (end <= from || end >= v.tokens.size()) {
            return -1;
        }
        for (int i = from + 1; i < end; i++) {
            String w = v.tokens.get(i).lower();
            if (w.equals(",") || words.subordinators().contains(w) || cues.clauseBreaks.contains(w) && !TokenShapes.joinedDash(v, i)) {
                return -1; // "on the draft text even if he was ...": the clause boundary is the better end
            }
        }
        String[] tags = tagger.tags(v.tokens.subList(from, stop));
        if (nounEnds(tags, end - 1 - from) && !OPEN_WORDS.contains(v.tokens.get(end - 1).lower())) {
            return clauseFollows(tags, end - 1 - from) ? -1 : end; // the cut fell after a whole noun group ("the bombing of the towns")
        }
        for (int k = end; k < stop - 1; k++) {
            Token t = v.tokens.get(k);
            if (!t.isWord() && !t.text().equals("'s") || cues.clauseBreaks.contains(t.lower()) || words.subordinators().contains(t.lower())) {
                return -1;
            }
            if (nounEnds(tags, k - from)) {
                return clauseFollows(tags, k - from) ? -1 : k + 1; // "and the European Union said": a clause of its own
            }
        }
        return -1;
    }

    /** Whether tag {@code i} is a noun (or a number) that ends its noun group: no noun or possessive follows it. */
    private static boolean nounEnds(String[] tags, int i) {
        boolean noun = tags[i] != null && (tags[i].startsWith("NN") || tags[i].equals("CD") || tags[i].equals("PRP"));
        String next = i + 1 < tags.length ? tags[i + 1] : null;
        boolean modifier = next != null && tags[i].equals("CD") && next.equals("JJ"); // "in two [besieged areas]"
        return noun && !modifier && (next == null || !(next.startsWith("NN") || next.equals("POS") || next.equals("CD")));
    }

    /** A finite verb or modal after the noun at {@code i}: the noun is a new clause's subject ("until Gaddafi [leaves]"), no object's end. */
    private static boolean clauseFollows(String[] tags, int i) {
        String next = i + 1 < tags.length ? tags[i + 1] : null;
        return next != null && (next.equals("VBD") || next.equals("VBZ") || next.equals("VBP") || next.equals("MD"));
    }

    /** A preposition whose object was cut off ("a no-fly zone over [Libya]"); a particle at the clause's end stays ("take over."). */
    private boolean dangling(SentenceView v, int i) {
        return cues.danglingPrepositions.contains(v.tokens.get(i).lower()) && i + 1 < v.tokens.size() && v.tokens.get(i + 1).isWord();
    }

    /**
     * Where a phrase starting at {@code from} really starts: after a live-blog update stamp that opens it
     * ("Updated 2:56 p.m. (2156 in Egypt)) The building ..."; the stamp words are {@code updateStamps}),
     * else {@code from}.
     */
    int afterStamp(SentenceView v, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, from + 25); i++) {
            Token t = v.tokens.get(i);
            if (!cues.updateStamps.contains(t.lower()) || t.text().equals(t.lower()) || !TokenShapes.timeFollows(v, i)) {
                continue;
            }
            int end = -1;
            for (int k = i + 1; k < Math.min(v.tokens.size(), i + 20); k++) {
                String w = v.tokens.get(k).text();
                if (w.equals(")") || w.equals("]") || w.equals(":") && k > i + 1 && !TokenShapes.numberPart(v, k)) {
                    end = k + 1;
                }
            }
            if (end < 0) { // "Update 1:33 a.m. The army ...": the stamp is its time
                end = i + 1;
                while (end < v.tokens.size() && (TokenShapes.inTimex(v, end) || !v.tokens.get(end).isWord() || v.tokens.get(end).lower().equals("at"))) {
                    end++;
                }
            }
            while (end < v.tokens.size() && !v.tokens.get(end).isWord()) {
                end++;
            }
            return end < to ? end : from;
        }
        return from;
    }

    /**
     * A line cut by its length ends where a phrase ends, by the tags: not on a determiner, preposition,
     * conjunction, modal or a verb still awaiting its object ("and shouted"); tagged only when cut.
     */
    private int byTags(SentenceView v, int from, int end) {
        if (end - from < 3) {
            return end;
        }
        String[] tags = tagger.tags(v.tokens.subList(from, Math.min(v.tokens.size(), end + 1)));
        int e = end;
        while (e - from > 2 && (OPEN_TAGS.contains(tags[e - 1 - from]) || !v.tokens.get(e - 1).isWord()
                || OPEN_WORDS.contains(v.tokens.get(e - 1).lower()) || perfect(v, tags, from, e - 1)
                || (e - from >= 2 && tags[e - 2 - from].equals("CC") && tags[e - 1 - from].startsWith("VB")))) {
            e -= tags[e - 1 - from].startsWith("VB") && e - from >= 2 && tags[e - 2 - from].equals("CC") ? 2 : 1;
        }
        return e;
    }

    /** A perfect's participle ("and had secured") awaits its object; a passive's ("were killed") ends a phrase. */
    private static boolean perfect(SentenceView v, String[] tags, int from, int k) {
        return k - 1 >= from && "VBN".equals(tags[k - from]) && FineTags.isPerfectAuxiliary(v.tokens.get(k - 1).lower());
    }
}
