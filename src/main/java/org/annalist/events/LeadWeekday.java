package org.annalist.events;

import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;
import org.annalist.time.TimeExpression;

/**
 * A bare weekday of a news lead ("Tripoli, Libya (CNN) -- ... early Tuesday") six days before the page's date: the
 * day after it (the page's date is the US date of a story updated past midnight in the region, or the lead
 * announces the next day). A lead is a sentence with an agency's dateline before the time ({@code leadAgencies}).
 */
final class LeadWeekday {

    /** Ends the derivation of such a day. */
    static final String NOTE = " (a lead's weekday: the day after the page's date, not six days before)";

    private static final Pattern WEEKDAY_WORD = Pattern.compile(
            "\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DIRECTED = Pattern.compile("\\b(?:last|next|this|previous|coming|past)\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> DASHES = Set.of("-", "--", "\u2013", "\u2014");

    private LeadWeekday() {
    }

    /** A lead's day after the page's date: the region's today, so no plan for all that it is after publication. */
    static boolean dayAfter(EventDate d) {
        return d != null && d.derivation().endsWith(NOTE);
    }

    /** Whether the candidate is such a weekday of a lead. */
    static boolean dayAfter(SentenceView v, EventDater.Candidate c, LocalDate dct) {
        TimeExpression t = c.timex();
        if (dct == null || !t.start().equals(t.end()) || !t.start().equals(dct.minusDays(6))
                || !WEEKDAY_WORD.matcher(t.text()).find() || DIRECTED.matcher(t.text()).find()) {
            return false;
        }
        for (int i = 0; i + 3 < c.first(); i++) {
            if (v.tokens.get(i).text().equals("(") && v.tokens.get(i + 2).text().equals(")")
                    && DateWords.leadAgency(v.tokens.get(i + 1).lower())
                    && DASHES.contains(v.tokens.get(i + 3).text())) {
                return true;
            }
        }
        return false;
    }
}
