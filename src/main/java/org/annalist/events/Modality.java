package org.annalist.events;

import org.annalist.text.Token;

/**
 * What a sentence's grammar says of an act beyond its verb: whether the words are an unnamed
 * person's (first person outside quotation marks: reader comments, interview transcripts),
 * whether the subject is a natural force ("the earthquake struck"), and what a to-infinitive
 * without an act verb before it asserts ("seems to suggest" nothing, "was forced to retreat" an act,
 * "Obama to visit Cairo" a plan). Every word list is in {@code cues.json}.
 */
final class Modality {

    private final Cues cues;

    Modality(Cues cues) {
        this.cues = cues;
    }

    /** What an infinitive says of the act at {@code h}. */
    enum Infinitive { NONE, REALIZED, PLANNED, SUPPOSED }

    /**
     * True when an unquoted first-person pronoun speaks: the sentence is the words of a writer or an
     * interviewee, not a report of an actor's act. "US" (capitals) and "I" after a name ("World War I")
     * are no pronouns.
     */
    boolean firstPerson(SentenceView v) {
        for (int i = 0; i < v.tokens.size(); i++) {
            Token t = v.tokens.get(i);
            if (v.quoted[i] || !cues.firstPerson.contains(t.lower())) {
                continue;
            }
            boolean plainCase = t.text().equals(t.lower()) || t.text().equals("I") || t.text().startsWith("I'") // "I'm"
                    || (Character.isUpperCase(t.text().charAt(0)) && t.text().substring(1).equals(t.lower().substring(1))
                    && (i == 0 || !v.tokens.get(i - 1).isWord()));
            boolean afterName = t.text().equals("I") && i > 0 && v.tokens.get(i - 1).isCapitalized() && v.tokens.get(i - 1).isWord();
            if (plainCase && !afterName && !(t.text().length() > 1 && t.text().equals(t.text().toUpperCase()) && !t.text().equals("I"))) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> DETERMINERS = java.util.Set.of("a", "an", "the", "his", "her", "its",
            "their", "our", "this", "these", "those", "any", "every", "no", "whose", "'s");

    /**
     * True when a reporting word is used as a noun: after a determiner, or a determiner and one
     * modifier ("in a national address", "the statement"), it reports nothing.
     */
    boolean nounUse(SentenceView v, int r) {
        String prev = r > 0 ? v.tokens.get(r - 1).lower() : "";
        String before = r > 1 ? v.tokens.get(r - 2).lower() : "";
        return DETERMINERS.contains(prev) || DETERMINERS.contains(before) && v.tokens.get(r - 1).isWord()
                && !v.tokens.get(r - 1).isCapitalized() && v.endingAt[r - 1] == null
                && !cues.beForms.contains(v.tokens.get(r - 1).lower()) && !v.tokens.get(r - 1).lower().endsWith("ly");
    }

    /** True when the word before the act's verb (past auxiliaries and adverbs) is a natural force: "a quake struck". */
    boolean naturalSubject(SentenceView v, TriggerMatch h) {
        for (int i = h.first() - 1; i >= 0 && i >= h.first() - 3; i--) {
            String w = v.tokens.get(i).lower();
            if (cues.naturalAgents.contains(w)) {
                return true;
            }
            if (!cues.passiveAuxiliaries.contains(w) && !w.equals("has") && !w.equals("had") && !w.equals("have")) {
                return false;
            }
        }
        return false;
    }

    /**
     * A base-form verb after "to" that heads an act (no act verb before it in its clause): after an
     * actor ("Obama to visit Cairo", a headline) it is planned; after a planned or demand cue it is
     * left to those; after a realized phrase ("was forced to") it happened; otherwise ("seems to
     * suggest", "is hard to say") it asserts nothing.
     */
    Infinitive infinitive(SentenceView v, TriggerMatch h, boolean verb) {
        int to = h.first() - 1;
        if (!verb || h.form() != Inflector.Form.BASE || to < 0 || !v.tokens.get(to).lower().equals("to")) {
            return Infinitive.NONE;
        }
        if (to > 0 && v.endingAt[to - 1] != null) {
            return Infinitive.PLANNED;
        }
        if (cues.realizedInfinitive.endsAt(v.tokens, to)) {
            return Infinitive.REALIZED;
        }
        if (cues.planned.endsAt(v.tokens, to) || cues.demandModals.endsAt(v.tokens, to)
                || cues.negation.endsAt(v.tokens, to) || cues.hypothetical.endsAt(v.tokens, to)
                || cues.expectation.endsAt(v.tokens, to)) {
            return Infinitive.NONE; // the cue decides
        }
        return Infinitive.SUPPOSED;
    }
}
