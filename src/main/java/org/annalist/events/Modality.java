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
     * True when the sentence is a photo caption ("Here, protesters march ...": {@code captionOpeners} at its
     * start) or its main speaker is an analyst, academic or commentator ({@code expertSpeakers}: "..., said X,
     * a professor of ...", "An analyst said ...", "X, who has studied ..., said"): a view, no state's act.
     */
    boolean viewOrCaption(SentenceView v) {
        for (int i = 1; i <= 3 && i <= v.tokens.size(); i++) {
            if (cues.captionOpeners.endsAt(v.tokens, i - 1)) {
                return true;
            }
        }
        if (v.reporting.isEmpty() && cues.captionMarks.within(v.tokens, 0, v.tokens.size())) {
            return true; // "Nabil Al-Araby pictured at a meeting on May 15": a caption, no one's act
        }
        return expertSpeaks(v);
    }

    /** True when a reporting verb's speaker is an expert, an unnamed few or a writer of an opinion. */
    boolean expertSpeaks(SentenceView v) {
        for (int r : v.reporting) {
            if (expertBefore(v, r) || expertAfter(v, r) || opinionVenue(v, r)) {
                return true;
            }
        }
        // a verb that says or suggests ("some suggested that", "experts estimate") has the same speaker; an
        // accusation or a rejection by "a former official" is that person's act (docs/actors.md, sectors)
        for (TriggerMatch h : v.triggers) {
            EventType type = h.rule().type();
            if (h.form() != null && (type == EventType.STATEMENT || type == EventType.REQUEST) && !v.quoted[h.first()]
                    && (expertBefore(v, h.first()) || anonymousSubject(v, h.first()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when every reporting verb's speaker is a bare "he"/"she" ("He added that ...", "..., she said"): the
     * person last spoken of goes on speaking (an analyst's second sentence is still a view).
     */
    boolean pronounSpeaker(SentenceView v) {
        if (v.reporting.isEmpty()) {
            return false;
        }
        for (int r : v.reporting) {
            int b = r - 1;
            while (b >= 0 && cues.subjectVerbGap.contains(v.tokens.get(b).lower())) {
                b--;
            }
            boolean before = b >= 0 && isPersonalPronoun(v, b) && (b == 0 || !v.tokens.get(b - 1).isWord()
                    || SENTENCE_CONJUNCTIONS.contains(v.tokens.get(b - 1).lower()));
            boolean after = r + 1 < v.tokens.size() && isPersonalPronoun(v, r + 1) && r > 0 && !v.tokens.get(r - 1).isWord();
            if (!before && !after) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPersonalPronoun(SentenceView v, int i) {
        String w = v.tokens.get(i).lower();
        return !v.quoted[i] && (w.equals("he") || w.equals("she"));
    }

    /** "X wrote in a recent op-ed", "said on his blog": the reporting verb's words appeared as an opinion. */
    private boolean opinionVenue(SentenceView v, int r) {
        int from = v.clauseStart(r);
        if (v.mentions.stream().anyMatch(m -> m.first() >= from && m.first() <= r + 3 && !m.locative())) {
            return false; // "Obama said in an op-ed", "the French foreign minister said on his blog": the state speaks
        }
        for (int j = r + 1; j < v.tokens.size() && j <= r + 3; j++) {
            String w = v.tokens.get(j).lower();
            if (w.equals("in") || w.equals("on")) {
                for (int k = j + 1; k < v.tokens.size() && k <= j + 4; k++) {
                    if (cues.opinionVenues.startsAt(v.tokens, k, v.tokens.size())) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** How far from a reporting verb a speaker's apposition reaches. */
    private static final int SPEAKER_WINDOW = 25;
    private static final java.util.Set<String> EMBEDDING = java.util.Set.of("that", "what", "which", "whom", "when", "as", "if", "with");

    /** The subject before the reporting verb, back to the sentence start or a quote, names an expert. */
    private boolean expertBefore(SentenceView v, int r) {
        if (anonymousSubject(v, r)) {
            return true;
        }
        int from = r - 1;
        for (; from >= 0 && from >= r - SPEAKER_WINDOW; from--) {
            Token t = v.tokens.get(from);
            String w = t.lower();
            if (v.quoted[from] || w.equals(";") || w.equals(":") || !t.isWord() && w.matches("[\"“”']+")) {
                break; // a quotation or a clause before it: the speaker phrase starts after
            }
            if (from == 0 && SENTENCE_CONJUNCTIONS.contains(w)) {
                break; // "But a former senior diplomat said": the speaker phrase starts after the opening "But"
            }
            final int at = from;
            if (v.reporting.contains(at) || v.triggers.stream().anyMatch(h -> h.first() <= at && at <= h.last())) {
                break; // an act or another report before it: the speaker phrase starts after ("dismissed doubts among analysts")
            }
            boolean postmodifier = w.equals("with") && from + 1 < r && !EMBEDDING.contains(v.tokens.get(from + 1).lower());
            if (EMBEDDING.contains(w) && !postmodifier || cues.clauseBreaks.contains(w) && !w.equals(",")
                    || w.equals("who") && (from == 0 || !v.tokens.get(from - 1).lower().equals(","))
                    || w.equals("and") && from > 0 && v.tokens.get(from - 1).lower().equals(",")) {
                return false; // "in what analysts said", ", and experts say": not the main clause's speaker
            }
        }
        if (from < r - SPEAKER_WINDOW) {
            return false;
        }
        // "some suggested", "others say": the whole subject is an unnamed few
        int start = from + 1;
        // "Former U.S. ambassador Frank Wisner said": a former official introduced by title (not "the former minister",
        // which names someone of the story again)
        boolean formerTitle = start < r - 1 && v.tokens.get(start).text().equals("Former");
        return formerTitle || expertIn(v, start, r) || start < r && cues.anonymousSpeakers.lengthAt(v.tokens, start) == r - start
                || start + 1 < r && v.tokens.get(r - 1).isWord() && subjectGap(v.tokens.get(r - 1).lower())
                && cues.anonymousSpeakers.lengthAt(v.tokens, start) == r - 1 - start;
    }

    /** "..., some suggested that", "Others have said": the whole subject right before the verb is an unnamed few. */
    private boolean anonymousSubject(SentenceView v, int r) {
        int b = r - 1;
        while (b >= 0 && v.tokens.get(b).isWord() && subjectGap(v.tokens.get(b).lower())) {
            b--;
        }
        for (int s = b; s >= 0 && s >= b - 2; s--) {
            if (cues.anonymousSpeakers.lengthAt(v.tokens, s) == b - s + 1) {
                String before = s > 0 ? v.tokens.get(s - 1).lower() : "";
                // not ", and some say" after a main clause: that clause's act is no one's view
                return s == 0 || before.equals(",") && !(s > 1 && SENTENCE_CONJUNCTIONS.contains(v.tokens.get(s - 2).lower()))
                        || s == 1 && SENTENCE_CONJUNCTIONS.contains(before) || before.matches("[\"“”']+");
            }
        }
        return false;
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

    /** "have", "also" between an unnamed subject and its verb ("others have said"). */
    private boolean subjectGap(String w) {
        return cues.subjectVerbGap.contains(w);
    }

    private static final java.util.Set<String> SENTENCE_CONJUNCTIONS = java.util.Set.of("but", "and", "yet", "so");

    /** An inverted speaker after the reporting verb (", said X, a professor of ..."), up to a clause break. */
    private boolean expertAfter(SentenceView v, int r) {
        String prev = r > 0 ? v.tokens.get(r - 1).lower() : "";
        if (!(prev.equals(",") || prev.matches("[\"”']+"))) {
            return false;
        }
        int end = r + 1;
        while (end < v.tokens.size() && end <= r + SPEAKER_WINDOW && !v.quoted[end]
                && !java.util.Set.of(";", ":", "that").contains(v.tokens.get(end).lower())) {
            end++;
        }
        return expertIn(v, r + 1, end);
    }

    private static final java.util.Set<String> OBJECT_PREPOSITIONS = java.util.Set.of("of", "among", "by", "to", "with",
            "from", "for", "about", "against", "between");

    /** An expert phrase in {@code [from, to)} that is no preposition's object ("doubts among analysts": not a speaker). */
    private boolean expertIn(SentenceView v, int from, int to) {
        for (int i = Math.max(0, from); i < to; i++) {
            boolean object = i > 0 && OBJECT_PREPOSITIONS.contains(v.tokens.get(i - 1).lower());
            if (!object && cues.expertSpeakers.startsAt(v.tokens, i, to)) {
                return true;
            }
        }
        return false;
    }

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
