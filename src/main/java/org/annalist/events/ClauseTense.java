package org.annalist.events;

import java.util.Set;

/**
 * The tense and clause tests that decide an act's day in {@link SentenceActs}: a simple past, a perfect, a present
 * of the report, a relative clause's background, a time or a reporting verb in the act's clause. One per sentence.
 */
final class ClauseTense {
    private static final Set<String> MODALS = Set.of("could", "would", "should", "might", "may", "must", "will", "to");

    private final SentenceView v;
    private final Cues cues;

    ClauseTense(SentenceView v, Cues cues) {
        this.v = v;
        this.cues = cues;
    }

    /** A simple past ("attacked") or a past passive ("was attacked"), not a perfect ("has attacked"). */
    boolean isPast(TriggerMatch h) {
        if (h.form() == Inflector.Form.PAST) {
            return true;
        }
        String before = h.first() > 0 ? v.tokens.get(h.first() - 1).lower() : "";
        return h.form() == Inflector.Form.PARTICIPLE && (before.equals("was") || before.equals("were"));
    }

    /** "had attacked", "had not yet said": a past perfect within three words before the verb, in its clause. */
    boolean pastPerfect(int at) {
        for (int i = at - 1; i >= 0 && i >= at - 3 && v.clause[i] == v.clause[at]; i--) {
            if (v.tokens.get(i).lower().equals("had")) {
                return true;
            }
        }
        return false;
    }

    /**
     * An act that its speaker's words put before the speech: a perfect ("have destroyed", "had seized") or an act of a
     * relative clause ("the weapons it gave the rebels"), so the speech's day is when it was reported, not done.
     */
    boolean beforeItsReport(int at) {
        for (int i = at - 1; i >= 0 && i >= at - 3 && v.clause[i] == v.clause[at]; i--) {
            String w = v.tokens.get(i).lower();
            if (w.equals("has") || w.equals("have") || w.equals("had") || w.equals("'ve")) {
                return true;
            }
        }
        return v.relativeStart(v.clause[at], cues) >= 0;
    }

    /**
     * A reporting verb of a relative clause that is not the act's ("has denied breaking a ceasefire that it announced on
     * Friday", "Al-Obeidy, who burst in last month to tell her story, told CNN ..."): it reports its own noun, not the act,
     * so its day is no report day of the act.
     */
    boolean otherRelative(int r, int at) {
        if (v.clause[r] != v.clause[at] && v.relativeStart(v.clause[r], cues) >= 0) {
            return true;
        }
        // "that" right after a noun, within three words before the verb and after the act, opens a relative clause
        for (int j = r - 1; j > at + 1 && j >= r - 3; j--) {
            if (v.tokens.get(j).lower().equals("that") && nounBefore(j)) {
                return true;
            }
        }
        return false;
    }

    /** The word before {@code that} ends a noun group: tagged a noun, or (untagged) a determiner one or two words before. */
    private boolean nounBefore(int that) {
        String tag = v.tagAt(that - 1);
        if (tag != null) {
            return tag.startsWith("NN");
        }
        for (int k = that - 2; k >= 0 && k >= that - 3; k--) {
            if (EventDater.nounDeterminer(v.tokens.get(k).lower())) {
                return true; // "a ceasefire that", "the new plan that"
            }
        }
        return false;
    }

    /** The time {@code c} stands in the clause of a reporting verb, not in the clause of the act at {@code at}. */
    boolean speechTime(EventDater.Candidate c, int at) {
        int clause = v.clause[c.first()];
        return clause != v.clause[at] && v.reporting.stream().anyMatch(r -> r != at && v.clause[r] == clause && !otherRelative(r, at));
    }

    /**
     * A next step of the narrative, which may take its time: not "have also recognized" (a perfect), "will be brought
     * and released" (a modal), "once fought" (words in {@code dates.json}), nor "Gaddafi, who seized power in a coup"
     * (a relative clause: background of a noun).
     */
    boolean nextStep(TriggerMatch h) {
        for (int i = h.first() - 1; i >= 0 && i >= h.first() - 3 && v.clause[i] == v.clause[h.first()]; i--) {
            if (EventDater.notNextStep(v.tokens.get(i).lower())) {
                return false;
            }
        }
        return !presentTense(h) && v.relativeStart(v.clause[h.first()], cues) < 0;
    }

    /** "sets", "is rushing", "is struck", "has relocated", "has been freed": told as the present of the report. */
    boolean presentTense(TriggerMatch h) {
        // "has now closed": an adverb after the auxiliary (dates.json perfectAdverbs) is skipped
        int skip = h.first() > 1 && EventDater.perfectAdverb(v.tokens.get(h.first() - 1).lower()) ? 1 : 0;
        String before = h.first() - skip > 0 ? v.tokens.get(h.first() - 1 - skip).lower() : "";
        String before2 = h.first() - skip > 1 ? v.tokens.get(h.first() - 2 - skip).lower() : "";
        if (h.form() == null) {
            return false; // a noun act ("the attack") has no verb form: not told in a tense
        }
        return switch (h.form()) {
            case THIRD -> true;
            case GERUND -> before.equals("is") || before.equals("are")
                    || (before.equals("been") && (before2.equals("has") || before2.equals("have"))); // "has been conducting"
            case PAST, PARTICIPLE -> before.equals("is") || before.equals("are") || before.equals("has")
                    || (before.equals("have") && !MODALS.contains(before2)) // not "could have surrendered"
                    || (before.equals("been") && (before2.equals("has") || before2.equals("have")));
            default -> false;
        };
    }

    /** Any time expression in the clause of token {@code at} ("since July 7", "for months"): a state, not a report. */
    boolean timeInClause(int at) {
        // "now" (PRESENT_REF) is the report's own present, no time that makes a state
        return v.timexes.stream().anyMatch(t -> !t.value().equals("PRESENT_REF") && v.clause[v.tokenAt(t.span().start())] == v.clause[at]);
    }

    boolean isParticipleClause(TriggerMatch h) {
        return h.form() == Inflector.Form.GERUND && h.first() > 0 && v.tokens.get(h.first() - 1).lower().equals(",");
    }

    int clauseStart(int i) {
        int k = i;
        while (k > 0 && v.clause[k - 1] == v.clause[i]) {
            k--;
        }
        return k;
    }
}
