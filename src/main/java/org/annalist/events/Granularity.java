package org.annalist.events;

import java.util.Locale;

/** How precise an event date is; the timeline draws anything coarser than a day as a span. */
public enum Granularity {
    DAY, WEEK, MONTH, QUARTER, YEAR, INTERVAL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
