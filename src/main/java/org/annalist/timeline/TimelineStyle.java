package org.annalist.timeline;

import java.util.Set;

/**
 * How marks are drawn: colour encoding, theme, and which events stand out.
 *
 * @param colourMode  by type or by tone
 * @param dark        dark theme
 * @param selectedId  the selected event's id, or {@code null}
 * @param highlighted ids of events matching the search (drawn with a halo)
 * @param itemPerEvent emit one canvas item per event even inside clusters (vector exports)
 */
public record TimelineStyle(ColourMode colourMode, boolean dark, String selectedId, Set<String> highlighted,
                            boolean itemPerEvent) {

    public TimelineStyle {
        highlighted = highlighted == null ? Set.of() : highlighted;
    }

    public static TimelineStyle plain() {
        return new TimelineStyle(ColourMode.TYPE, false, null, Set.of(), true);
    }

    public Palette.Theme theme() {
        return Palette.standard().theme(dark);
    }
}
