package org.annalist.events;

import java.util.Locale;

/**
 * What the text says of an act: that it happened, is announced or threatened for later, is only
 * demanded of someone, is denied by its actor, is said not to have happened, is a supposition
 * ("could", "was expected to", a question) or holds only on a condition ("if ...", "unless ..."). Acts the text does not assert stay in the data but are not drawn.
 */
public enum EventStatus {
    OCCURRED, PLANNED, THREATENED, DEMANDED, DENIED, NEGATED, HYPOTHETICAL, CONDITIONAL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when the act is asserted as done or announced: drawn as a timeline mark and a graph edge. */
    public boolean isDrawn() {
        return this == OCCURRED || this == PLANNED || this == THREATENED;
    }

    /** A reader's word for a status other than occurred ("planned", "negated"), or "" for occurred. */
    public String label() {
        return this == OCCURRED ? "" : id();
    }
}
