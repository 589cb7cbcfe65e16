package org.annalist.events;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.annalist.time.TimeExpression;

/**
 * A bare weekday that times an act told in the future ("Obama will meet Ban in Washington on Monday", "NATO is set
 * to take control on Thursday") lies after the page's date, never in the week before it: the time tagger guesses the
 * tense from words near the day and may miss a cue several words back. The act's own words decide: a cue of
 * {@code plannedAhead} in {@code dates.json} just before the act, the day after it in its clause with no reporting
 * verb between them ("Spain will offer bases, the minister said Friday" keeps Friday).
 */
final class PlannedWeekday {

    /** Ends the derivation of such a day. */
    static final String NOTE = " (told in the future: the next such day, not the one before the page's date)";

    private static final int CUE_REACH = 5;
    private static final Pattern WEEKDAY_WORD = Pattern.compile(
            "\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DIRECTED = Pattern.compile("\\b(?:last|next|this|previous|coming|past)\\b", Pattern.CASE_INSENSITIVE);

    private PlannedWeekday() {
    }

    /** Whether the weekday {@code c} (read as {@code day}) that governs the act at tokens {@code [first, last]} is the next such day. */
    static boolean ahead(SentenceView v, EventDater.Candidate c, int first, int last, LocalDate dct, LocalDate day) {
        TimeExpression t = c.timex();
        if (dct == null || c.possessive() || c.relative() || !t.start().equals(t.end()) || !day.isBefore(dct)
                || day.isBefore(dct.minusDays(6))
                || !WEEKDAY_WORD.matcher(t.text()).find() || DIRECTED.matcher(t.text()).find()) {
            return false;
        }
        if (c.first() <= last || v.clause[c.first()] != v.clause[first]) {
            return false; // "under an agreement reached Thursday, NATO will be able to ...": the day of a noun before
        }
        if (v.reporting.stream().anyMatch(r -> r > last && r < c.first())) {
            return false; // "will offer bases, the minister said Friday": the speech's day
        }
        return DateWords.plannedAhead(v.tokens, Math.max(0, first - CUE_REACH), first);
    }
}
