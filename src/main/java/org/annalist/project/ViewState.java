package org.annalist.project;

import java.time.LocalDate;
import java.util.List;

/**
 * The filters and view the window had, saved with the project so work resumes where it stopped.
 * A plain value the UI fills in and reads back; every field may be empty.
 *
 * @param view          {@code timeline} or {@code graph} (the view in front)
 * @param lanes         {@code actor} or {@code article}
 * @param colourBy      {@code type} or {@code tone}
 * @param from          first day of the timeline window, or {@code null} for all
 * @param to            last day of the timeline window, or {@code null} for all
 * @param actors        actor ids shown (empty: all)
 * @param types         event type ids shown (empty: all)
 * @param search        free-text search
 * @param selectedEvent id of the selected event, or {@code null}
 */
public record ViewState(String view, String lanes, String colourBy, LocalDate from, LocalDate to,
                        List<String> actors, List<String> types, String search, String selectedEvent) {

    public ViewState {
        actors = actors == null ? List.of() : List.copyOf(actors);
        types = types == null ? List.of() : List.copyOf(types);
        search = search == null ? "" : search;
    }

    public static ViewState defaults() {
        return new ViewState("timeline", "actor", "type", null, null, List.of(), List.of(), "", null);
    }
}
