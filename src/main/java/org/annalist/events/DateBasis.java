package org.annalist.events;

import java.util.Locale;

/** How an event's date was arrived at. */
public enum DateBasis {
    /** A fully specified date in the text ("October 5, 2016"). */
    EXPLICIT,
    /** A relative expression resolved against the publication date ("on Monday"). */
    RELATIVE,
    /** No time of its own: reported speech dated by the publication date. */
    PUBLISHED,
    /** Estimated from context. */
    INFERRED,
    /** Set by the analyst. */
    USER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
