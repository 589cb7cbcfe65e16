package org.annalist.events;

import java.util.Locale;

/** PLOVER event categories, plus {@code STATEMENT} for a plain public statement. */
public enum EventType {
    AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT,
    THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT, INVESTIGATE, STATEMENT;

    /** The lowercase id used in JSON and resource files. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EventType fromId(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }

    /** "Request", for labels and legends. */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
}
