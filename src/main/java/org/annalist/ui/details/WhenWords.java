package org.annalist.ui.details;

import org.annalist.events.DateBasis;
import org.annalist.events.Event;
import org.annalist.events.EventDate;

/**
 * An event's date in words. An event dated by its article's publication date (basis
 * {@code published}: reported speech with no time of its own) is "reported on" that day, never
 * "happened on" it, so the analyst does not take the report's day for the event's.
 */
public final class WhenWords {

    private static final String REPORTED = "reported on ";

    private WhenWords() {
    }

    public static boolean reportedOnly(Event e) {
        return e.isDated() && e.date().basis() == DateBasis.PUBLISHED;
    }

    /** The details pane's line: "happened on 2011-03-19 (day, explicit)" or "reported on 2011-03-19 ...". */
    public static String describe(Event e) {
        if (!e.isDated()) {
            return "no date in the text";
        }
        EventDate d = e.date();
        String days = d.start().equals(d.end()) ? "on " + d.start() : "between " + d.start() + " and " + d.end();
        String head = reportedOnly(e)
                ? REPORTED + d.start() + (d.derivation().isBlank() ? " (the article's date; no date of its own)" : "")
                : "happened " + days + " (" + d.granularity().id() + ", " + d.basis().id() + ")";
        return head + (d.derivation().isBlank() ? "" : "\n" + d.derivation());
    }

    /** The event table's date cell: the date, "reported on" the date, or empty when undated. */
    public static String cell(Event e) {
        if (!e.isDated()) {
            return "";
        }
        return reportedOnly(e) ? REPORTED + e.date().value() : e.date().value();
    }
}
