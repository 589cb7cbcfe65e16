package org.annalist.ui.export;

import java.time.LocalDate;
import java.util.List;
import org.annalist.analysis.Analysis;
import org.annalist.events.Event;

/**
 * What an export takes from the window at the moment the user asks: the analysis, the events the
 * current filters show, and the timeline's visible window.
 */
public record ExportSource(Analysis analysis, List<Event> shown, LocalDate visibleFrom, LocalDate visibleTo,
                           String title) {

    public ExportSource {
        shown = List.copyOf(shown);
        title = title == null || title.isBlank() ? org.annalist.export.Titles.of(analysis) : title;
    }
}
