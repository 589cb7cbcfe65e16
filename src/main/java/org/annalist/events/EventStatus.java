package org.annalist.events;

import java.util.Locale;

/** Whether an act happened or is announced for later. */
public enum EventStatus {
    OCCURRED, PLANNED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
