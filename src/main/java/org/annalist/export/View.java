package org.annalist.export;

import java.util.Locale;

/** Which picture an image export draws. */
public enum View {
    TIMELINE, GRAPH;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code timeline} or {@code graph}. */
    public static View parse(String id) {
        for (View v : values()) {
            if (v.id().equalsIgnoreCase(id == null ? "" : id.trim())) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown view '" + id + "' (use timeline or graph)");
    }
}
