package org.annalist.ui.present;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.annalist.events.Event;

/**
 * Where presentation mode starts: on the selected event when it is dated; otherwise (nothing or an
 * undated event selected) on the first dated event starting in the timeline's visible range (a
 * year-long date that merely overlaps it is no place to begin), not
 * on the corpus's earliest date, which on news-dev is a 1776 aside of one article.
 */
public final class PresentationStart {

    private PresentationStart() {
    }

    public static Event of(Event selected, List<Event> shown, LocalDate visibleFrom) {
        if (selected != null && selected.isDated()) {
            return selected;
        }
        if (visibleFrom == null) {
            return null;
        }
        return shown.stream().filter(Event::isDated).filter(e -> !e.date().start().isBefore(visibleFrom))
                .min(Comparator.comparing((Event e) -> e.date().start()).thenComparing(e -> e.date().end()))
                .orElse(null);
    }
}
