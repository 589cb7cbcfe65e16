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
    private final BackgroundActs background = BackgroundActs.standard();
    private final CommentaryActs commentary = CommentaryActs.standard();
    private final SpeakerViews speakers;

    Modality(Cues cues) {
        this.cues = cues;
        this.speakers = new SpeakerViews(cues);
    }

    /** What an infinitive says of the act at {@code h}. */
    enum Infinitive { NONE, REALIZED, PLANNED, SUPPOSED }

    /**
     * True when an unquoted first-person pronoun speaks: the sentence is the words of a writer or an
     * interviewee, not a report of an actor's act. "US" (capitals) and "I" after a name ("World War I")
     * are no pronouns.
     */
    boolean firstPerson(SentenceView v) {
        return firstPerson(v, false);
    }

    /**
     * As {@link #firstPerson(SentenceView)}, also counting quoted words when {@code continued}: a quotation
     * begun on an earlier line with "I"/"we" ("We believed them," she said) is an interviewee's account.
     */
    boolean firstPerson(SentenceView v, boolean continued) {
        for (int i = 0; i < v.tokens.size(); i++) {
            Token t = v.tokens.get(i);
            if ((v.quoted[i] && !continued) || !cues.firstPerson.contains(t.lower())) {
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
        if (to > 0 && v.endingAt[to - 1] != null && !prepositionObject(v, v.endingAt[to - 1].first())) {
            return Infinitive.PLANNED; // "Obama to visit Cairo"; not "a mandate in Libya to protect": a place, no subject
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

    private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("in", "of", "for", "from", "with", "under",
            "on", "at", "by", "against", "over", "about", "into", "across", "to", "inside", "toward", "towards");

    /** True when the mention starting at {@code first} is a preposition's object ("in Libya", "of the Libyan government"). */
    private static boolean prepositionObject(SentenceView v, int first) {
        int b = first - 1;
        while (b >= 0 && DETERMINERS.contains(v.tokens.get(b).lower())) {
            b--;
        }
        return b >= 0 && PREPOSITIONS.contains(v.tokens.get(b).lower());
    }

    /**
     * True when the trigger at {@code h} is no act by its phrase: an idiom ("when it comes to", "signed
     * up"), a participle used as a preposition ("Given Libya's lack of ..."), or a standing state in a
     * relative clause ("the man who has ruled the country for 40 years": background, not an act).
     */
    boolean notAnAct(SentenceView v, TriggerMatch h, boolean verb) {
        if (cues.idioms.covers(v.tokens, h.first())) {
            return true;
        }
        String w = v.tokens.get(h.first()).lower();
        String prev = h.first() > 0 ? v.tokens.get(h.first() - 1).text() : "";
        if (cues.prepositionalParticiples.contains(w) && (h.first() == 0 || prev.equals(","))) {
            return true;
        }
        return standingState(v, h) || mentionOnly(v, h) || !verb && mentionAfterPreposition(v, h)
                || habitualPresent(v, h, verb) || standingPerfect(v, h, verb)
                || background.notAnAct(v, h, verb) // standing presents, charges, "previously", noun modifiers
                || commentary.notAnAct(v, h, verb); // "receives $1.3bn a year", "protests across the Arab world"
    }

    /**
     * A present perfect in a clause with a span of decades ({@code standingOpeners}: "For many decades the United
     * States has supported ...", "has armed them for years"): a standing policy, background rather than an act of a day.
     */
    private boolean standingPerfect(SentenceView v, TriggerMatch h, boolean verb) {
        if (!verb || h.form() != Inflector.Form.PARTICIPLE && h.form() != Inflector.Form.PAST
                || !PERFECT_AUXILIARIES.contains(auxiliaryBefore(v, h.first())) || v.quoted[h.first()]) {
            return false;
        }
        int from = v.clauseStart(h.first());
        int to = v.clauseEnd(h.first());
        // "has armed the rebels for years" too: the span anywhere in its clause, or opening the sentence
        return unquotedCue(v, cues.standingOpeners, from, to)
                || from > 0 && cues.standingOpeners.startsAt(v.tokens, 0, h.first());
    }

    /**
     * An act noun right after a preposition that only mentions it ("despite calls for him to step down",
     * {@code mentionPrepositions}; up to three words between: "despite the Russian air strikes").
     */
    private boolean mentionAfterPreposition(SentenceView v, TriggerMatch h) {
        for (int i = h.first() - 1; i >= 0 && i >= h.first() - 4; i--) {
            if (cues.mentionPrepositions.endsAt(v.tokens, i)) {
                return true;
            }
            if (!v.tokens.get(i).isWord()) {
                return false; // "despite the Russian air strikes": modifiers and names may stand between
            }
        }
        return false;
    }

    private static final java.util.Set<String> PAST_WORDS = java.util.Set.of("was", "were", "had", "did", "ago", "last");

    /**
     * A present-tense act with a habit word in its clause ({@code habitualPresent}: "guests who visit him are
     * usually housed", "every time the United States considers"): a standing habit, no act of a day.
     */
    private boolean habitualPresent(SentenceView v, TriggerMatch h, boolean verb) {
        int from = v.clauseStart(h.first());
        int to = v.clauseEnd(h.first());
        if (verb && h.form() == null || !unquotedCue(v, cues.habitualPresent, from, to)) {
            return false;
        }
        if (!verb) { // "the city regularly witnesses large rallies": no past word in the clause
            for (int i = from; i < to; i++) {
                if (PAST_WORDS.contains(v.tokens.get(i).lower())) {
                    return false;
                }
            }
            return true;
        }
        return switch (h.form()) {
            case THIRD -> true;
            // a base form may be an irregular past ("soldiers routinely beat detainees"): not told apart, kept
            case BASE -> "VBP".equals(v.tagAt(h.first())); // "security forces routinely torture": tagged a present
            // "are usually housed", "is often attacking": a present auxiliary before it, habit words skipped
            // "has long demanded", "have often attacked": a present perfect with a habit phrase right before the verb
            case GERUND, PARTICIPLE, PAST -> PRESENT_AUXILIARIES.contains(auxiliaryBefore(v, h.first()))
                    || h.first() > 1 && cues.habitualPresent.endsAt(v.tokens, h.first() - 1)
                    && PERFECT_AUXILIARIES.contains(v.tokens.get(h.first() - 2).lower());
        };
    }

    private static final java.util.Set<String> PRESENT_AUXILIARIES = java.util.Set.of("is", "are", "am");
    private static final java.util.Set<String> PERFECT_AUXILIARIES = java.util.Set.of("has", "have");

    /** The word before {@code at}, skipping habit words ("are usually housed" -> "are"). */
    private String auxiliaryBefore(SentenceView v, int at) {
        int i = at - 1;
        while (i >= 0 && cues.habitualPresent.covers(v.tokens, i)) {
            i--;
        }
        return i >= 0 ? v.tokens.get(i).lower() : "";
    }

    /** A phrase of {@code list} in {@code [from, to)} outside quotation marks ("whenever" in a quoted speech is the speaker's). */
    private static boolean unquotedCue(SentenceView v, Cues.Phrases list, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!v.quoted[i] && list.startsAt(v.tokens, i, to)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "once he resigns", "as soon as they leave": a present-tense act under a temporal condition
     * ({@code pendingConditions} before it in its clause) has not happened; a past one ("once they captured
     * the town") has.
     */
    boolean pendingCondition(SentenceView v, TriggerMatch h) {
        if (h.form() != Inflector.Form.THIRD && h.form() != Inflector.Form.BASE) {
            return false;
        }
        return cues.pendingConditions.within(v.tokens, v.clauseStart(h.first()), h.first());
    }

    /** An act in a relative clause followed by "for" and a duration ("who has led the nation for three decades"). */
    private boolean standingState(SentenceView v, TriggerMatch h) {
        int clause = v.clause[h.first()];
        if (v.relativeStart(clause, cues) < 0) {
            return false;
        }
        int end = v.clauseEnd(h.first());
        for (int i = h.last() + 1; i < end; i++) {
            if (v.tokens.get(i).lower().equals("for")) {
                for (int k = i + 1; k < Math.min(end, i + 5); k++) {
                    if (cues.durationUnits.contains(v.tokens.get(k).lower())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * True when the act is only someone's view, wish or fear: a view word before it in its clause
     * ("doesn't expect the army to allow", "would like Cairo to deliver", "fears that Libya is
     * heading"), a counterfactual ("would have met": in {@code hypothetical}), or a request verb that
     * asks a question ("asks whether he should step down").
     */
    boolean onlyAView(SentenceView v, TriggerMatch h) {
        int from = Math.max(v.clauseStart(h.first()), h.first() - VIEW_WINDOW);
        if (cues.views.within(v.tokens, from, h.first()) || background.believed(v, h)) {
            return true; // "officials believe Gaddafi ordered the bombing": a belief (background.json)
        }
        return h.rule().type() == EventType.REQUEST && h.last() + 1 < v.tokens.size()
                && cues.questionOpeners.contains(v.tokens.get(h.last() + 1).lower());
    }

    /** True when reporting verb {@code r} tells a belief ("Rebels believe the blasts were rockets"): no statement. */
    boolean belief(SentenceView v, int r) {
        return background.beliefVerb(v, r);
    }

    /** True when the clause says there is no such act: "no reports of Americans killed". */
    boolean absent(SentenceView v, TriggerMatch h) {
        int from = Math.max(v.clauseStart(h.first()), h.first() - VIEW_WINDOW);
        return cues.absence.within(v.tokens, from, h.first());
    }

    /**
     * True when the sentence is a photo caption or its main speaker is an analyst, academic or commentator: a view, no
     * state's act ({@link SpeakerViews#viewOrCaption}).
     */
    boolean viewOrCaption(SentenceView v) {
        return speakers.viewOrCaption(v);
    }

    /** True when a reporting verb's speaker is an expert, an unnamed few or a writer of an opinion ({@link SpeakerViews}). */
    boolean expertSpeaks(SentenceView v) {
        return speakers.expertSpeaks(v);
    }

    /** True when every reporting verb's speaker is a bare "he"/"she" ({@link SpeakerViews#pronounSpeaker}). */
    boolean pronounSpeaker(SentenceView v) {
        return speakers.pronounSpeaker(v);
    }

    /**
     * An act noun whose predicate is a supposition ("Discussions will likely continue", "an assault by X has been
     * expected"): the words after it in its clause hold a hypothetical or expectation cue.
     */
    boolean supposedPredicate(SentenceView v, TriggerMatch h, boolean verb) {
        if (verb && !(h.first() == 0 && h.form() == Inflector.Form.THIRD)) {
            return false; // a verb's own cues stand before it; a sentence-opening -s word is a plural noun ("Talks ...")
        }
        int to = Math.min(v.clauseEnd(h.last()), h.last() + 1 + PREDICATE_WINDOW);
        return cues.hypothetical.within(v.tokens, h.last() + 1, to) || cues.expectation.within(v.tokens, h.last() + 1, to);
    }

    private static final int PREDICATE_WINDOW = 6;


    /** An act noun followed by "that"/"which" and an onset verb ("protests that started a week ago"): a mention. */
    private boolean mentionOnly(SentenceView v, TriggerMatch h) {
        int k = h.last() + 1;
        if (k >= v.tokens.size() || !(v.tokens.get(k).lower().equals("that") || v.tokens.get(k).lower().equals("which"))) {
            return false;
        }
        for (int e = k + 1; e <= k + 3 && e < v.tokens.size(); e++) {
            if (cues.onsetVerbs.endsAt(v.tokens, e)) {
                return true;
            }
        }
        return false;
    }

    /** How far before an act a view or absence word reaches within its clause. */
    private static final int VIEW_WINDOW = 8;
}
