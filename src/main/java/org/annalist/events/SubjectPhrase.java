package org.annalist.events;

import java.util.List;
import java.util.Set;
import org.annalist.actors.Actor;
import org.annalist.actors.ActorKind;
import org.annalist.text.PosTagger;
import org.annalist.text.Token;

/**
 * Who does an act when no catalog actor does it: the noun group that is the clause's own subject
 * ("Demonstrators marched to ..." -> "Demonstrators"), found by the part-of-speech tags of the words
 * before the verb, with its number for the verb's agreement. Also the number of a catalog name
 * ("Protesters", "Rebels in Libya" are plural; "United Nations" is one body).
 *
 * @param text   the noun group as written, without a leading "the"
 * @param plural whether its verb takes the plural form
 */
record SubjectPhrase(String text, boolean plural) {

    private static final Set<String> GROUP_TAGS = Set.of("DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD",
            "PRP$", "POS", "HYPH");
    private static final Set<String> NOUN_TAGS = Set.of("NN", "NNS", "NNP", "NNPS");
    private static final int MAX_WORDS = 8;
    private static final int WINDOW = 24;

    /**
     * The subject noun group of the verb at {@code verb}: the words right before it (past auxiliaries
     * and adverbs), or, for a second verb joined by "and" ("Vitol lifted a cargo and delivered it"),
     * the first verb's subject. Null when the clause has none a reader could use (a pronoun, nothing).
     */
    static SubjectPhrase of(Cues cues, SentenceView v, int verb, PosTagger tagger, String text) {
        int lo = Math.max(0, verb - WINDOW);
        if (verb - lo < 1) {
            return null;
        }
        String[] tags = tagger.tags(v.tokens.subList(lo, Math.min(v.tokens.size(), verb + 2)));
        return of(cues, v, verb, lo, tags, text, 0);
    }

    private static SubjectPhrase of(Cues cues, SentenceView v, int verb, int lo, String[] tags, String text, int depth) {
        int i = verb - 1;
        while (i >= lo && (cues.subjectVerbGap.contains(v.tokens.get(i).lower()) || tag(tags, lo, i).equals("RB"))) {
            i--;
        }
        if (i < lo) {
            return null;
        }
        String w = v.tokens.get(i).lower();
        if (PRONOUNS.contains(w)) { // "he had approved missions": a pronoun nobody in the catalog is, read as written
            return new SubjectPhrase(Character.toUpperCase(w.charAt(0)) + w.substring(1), w.equals("they"));
        }
        if ((RELATIVES.contains(w)) && i - 1 >= lo && depth == 0) { // "the attackers, who must capture": the antecedent
            int k = v.tokens.get(i - 1).text().equals(",") ? i - 1 : i;
            return group(cues, v, k, lo, tags, text);
        }
        if (w.equals(",") && depth == 0) { // "Belhadj, born in 1988, joined": the noun group opening the sentence
            SubjectPhrase lead = leading(cues, v, lo, tags, text, i);
            if (lead != null) {
                return lead;
            }
        }
        if ((w.equals("and") || w.equals(",")) && depth == 0) {
            for (int k = i - 1; k > lo; k--) { // the first verb of the pair, then its subject
                String t = tag(tags, lo, k);
                Token tk = v.tokens.get(k);
                if (t.startsWith("VB") && !t.equals("VBG") && tk.text().equals(tk.lower())) {
                    return of(cues, v, k, lo, tags, text, 1);
                }
                if (v.tokens.get(k).text().equals(";") || v.tokens.get(k).text().equals(":")) {
                    break;
                }
            }
            return null;
        }
        return group(cues, v, i + 1, lo, tags, text);
    }

    /** The noun group ending before {@code end}, or null when the word there is no noun. */
    private static SubjectPhrase group(Cues cues, SentenceView v, int end, int lo, String[] tags, String text) {
        int i = end - 1;
        if (i < lo || !NOUN_TAGS.contains(tag(tags, lo, i))) {
            return null; // a verb, an adverb, nothing: no subject a reader could use
        }
        int start = i;
        while (start - 1 >= lo && end - (start - 1) <= MAX_WORDS && inGroup(v, tags, lo, start - 1)) {
            start--;
        }
        while (start < end && (v.tokens.get(start).lower().equals("the") || tag(tags, lo, start).equals("POS")
                || tag(tags, lo, start).equals("PRP$"))) { // "its planes target": whose planes the line cannot say
            start++;
        }
        if (start >= end) {
            return null;
        }
        start = withAmountOpener(v, start, lo); // "At least four rockets landed", never "Least four rockets"
        int headNoun = i; // "the central demand of rebels": the number is the demand's
        for (int k = start + 1; k < end; k++) {
            if (v.tokens.get(k).lower().equals("of")) {
                headNoun = k - 1;
                break;
            }
        }
        boolean plural = pluralNoun(cues, v.tokens.get(headNoun), tag(tags, lo, headNoun), headNoun == 0)
                || v.tokens.subList(start, end).stream().anyMatch(t -> t.lower().equals("and"));
        String s = text.substring(v.tokens.get(start).start(), v.tokens.get(end - 1).end()).replaceAll("\\s+", " ");
        return new SubjectPhrase(Character.toUpperCase(s.charAt(0)) + s.substring(1), plural);
    }

    /** The start of a noun group moved back over the first word of an amount opener it lost ("at" of "at least"). */
    private static int withAmountOpener(SentenceView v, int start, int lo) {
        for (String opener : SummaryWords.standard().quantityOpeners()) {
            String[] w = opener.split(" ");
            int from = start - (w.length - 1);
            if (w.length < 2 || from < lo || from < 0) {
                continue;
            }
            boolean match = true;
            for (int k = 0; k < w.length && match; k++) {
                match = from + k < v.tokens.size() && v.tokens.get(from + k).lower().equals(w[k]);
            }
            if (match) {
                return from;
            }
        }
        return start;
    }

    /** The noun group that opens the sentence when a comma follows it ("Belhadj, born in 1988, ..."). */
    private static SubjectPhrase leading(Cues cues, SentenceView v, int lo, String[] tags, String text, int before) {
        if (lo > 0) {
            return null;
        }
        int k = 0;
        while (k < before && inGroup(v, tags, lo, k)) {
            k++;
        }
        return k > 0 && k < before && v.tokens.get(k).text().equals(",") ? group(cues, v, k, lo, tags, text) : null;
    }

    /**
     * The noun group an object-gap relative clause refers to ("a compound that U.S. warplanes bombed",
     * "the items, which MSF said it will provide"): the object of the verb at {@code verb}, or null.
     */
    static String antecedentObject(Cues cues, SentenceView v, int verb, int subjectStart, PosTagger tagger, String text) {
        int k = subjectStart - 1;
        if (k < 1 || !RELATIVES.contains(v.tokens.get(k).lower()) || v.tokens.get(k).lower().equals("who")) {
            return null;
        }
        int lo = Math.max(0, k - WINDOW);
        String[] tags = tagger.tags(v.tokens.subList(lo, Math.min(v.tokens.size(), verb + 1)));
        int end = v.tokens.get(k - 1).text().equals(",") ? k - 1 : k;
        SubjectPhrase g = group(cues, v, end, lo, tags, text);
        return g == null ? null : Character.toLowerCase(g.text().charAt(0)) + g.text().substring(1);
    }

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they");
    private static final Set<String> RELATIVES = Set.of("who", "which", "that");

    /**
     * The number of a head noun by its form (the tagger often reads a plural noun before an auxiliary as
     * NN): a lowercase noun in -s ("rebels", not "press" or "status"), a plural tag, or an irregular plural.
     */
    private static boolean pluralNoun(Cues cues, Token t, String tag, boolean opensSentence) {
        String w = t.lower();
        if (cues.irregularPlurals.contains(w) || w.endsWith("men") && w.length() > 4 || tag.equals("NNS") || tag.equals("NNPS")) {
            return true;
        }
        return (t.text().equals(w) || tag.equals("NN") || opensSentence) && w.length() > 3 && w.endsWith("s")
                && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && !w.endsWith("news");
    }


    /** A word that belongs to the noun group: a determiner, adjective, noun, number, possessive, "of" between nouns. */
    private static boolean inGroup(SentenceView v, String[] tags, int lo, int k) {
        Token t = v.tokens.get(k);
        String tag = tag(tags, lo, k);
        if (GROUP_TAGS.contains(tag) || t.text().equals("'s")) {
            return true;
        }
        if ((t.lower().equals("of") || t.lower().equals("and")) && k - 1 >= lo && NOUN_TAGS.contains(tag(tags, lo, k - 1))
                && NOUN_TAGS.contains(nextNounTag(v, tags, lo, k))) {
            return true; // "the leader of an opposition movement", "police and soldiers"
        }
        // "armed personnel", "the besieged city": a participle before a noun, after a determiner or adjective
        return (tag.equals("VBN") || tag.equals("VBG")) && k - 1 >= lo
                && Set.of("DT", "JJ", "PRP$", "CD").contains(tag(tags, lo, k - 1));
    }

    private static String nextNounTag(SentenceView v, String[] tags, int lo, int k) {
        for (int j = k + 1; j < lo + tags.length && j < k + 5; j++) {
            if (NOUN_TAGS.contains(tag(tags, lo, j))) {
                return tag(tags, lo, j);
            }
        }
        return "";
    }

    private static String tag(String[] tags, int lo, int i) {
        int k = i - lo;
        return k >= 0 && k < tags.length && tags[k] != null ? tags[k] : "";
    }

    /**
     * A catalog actor's name takes a plural verb when it names people by a plural common noun
     * ("Protesters", "Rebels in Libya", "Civilians in Turkey"); states and named bodies are one
     * ("United Nations", "Netherlands").
     */
    static boolean pluralName(Actor a) {
        if (a.kind() == ActorKind.STATE) {
            return false;
        }
        String head = a.name().split(" (in|of|\\() ?", 2)[0].trim();
        return !head.contains(" ") && head.length() > 3 && head.endsWith("s")
                && !head.endsWith("ss") && !head.endsWith("us") && !head.endsWith("is");
    }

    static boolean plural(List<Actor> actors) {
        return actors.size() > 1 || actors.size() == 1 && pluralName(actors.get(0));
    }
}
