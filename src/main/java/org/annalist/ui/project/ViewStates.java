package org.annalist.ui.project;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annalist.analysis.ActorSummary;
import org.annalist.events.EventType;
import org.annalist.project.ViewState;
import org.annalist.timeline.ColourMode;
import org.annalist.timeline.LaneMode;
import org.annalist.ui.timeline.TimelineViewModel;
import org.annalist.ui.workspace.WorkspaceViewModel;

/**
 * Reads the window's view into a project's {@link ViewState} and puts it back: shown actors,
 * search, selection, lanes, colours and the timeline's window. The timeline model is optional
 * (plain view-model tests have none).
 */
final class ViewStates {

    private final WorkspaceViewModel workspace;
    private TimelineViewModel timeline;

    ViewStates(WorkspaceViewModel workspace) {
        this.workspace = workspace;
    }

    void timeline(TimelineViewModel model) {
        this.timeline = model;
    }

    ViewState capture() {
        var filter = workspace.filter();
        List<String> actors = filter.hiddenActors().isEmpty() ? List.of()
                : workspace.analysis().actors().stream().map(s -> s.actor().id())
                .filter(id -> !filter.hiddenActors().contains(id)).toList();
        List<String> types = filter.hiddenTypes().isEmpty() ? List.of()
                : java.util.Arrays.stream(EventType.values()).filter(t -> !filter.hiddenTypes().contains(t))
                .map(EventType::id).toList();
        var selected = workspace.selection().event();
        return new ViewState("timeline",
                timeline == null ? "actor" : timeline.laneModeProperty().get().name().toLowerCase(Locale.ROOT),
                timeline == null ? "type" : timeline.colourModeProperty().get().name().toLowerCase(Locale.ROOT),
                workspace.visibleFromProperty().get(), workspace.visibleToProperty().get(), actors, types,
                filter.searchProperty().get(), selected == null ? null : selected.id());
    }

    /** Before the project's analysis is shown: the filters it is shown through. */
    void restoreFilters(ViewState v, List<ActorSummary> actorsOfAnalysis) {
        var filter = workspace.filter();
        Set<String> hidden = new HashSet<>();
        if (!v.actors().isEmpty()) {
            actorsOfAnalysis.forEach(s -> hidden.add(s.actor().id()));
            hidden.removeAll(v.actors());
        }
        filter.batch(() -> {
            filter.hiddenActors().retainAll(hidden);
            filter.hiddenActors().addAll(hidden);
        });
        filter.searchProperty().set(v.search());
    }

    /** Once it is shown: lanes, colours, the timeline's window and the selected event. */
    void restoreView(ViewState v) {
        if (timeline != null) {
            timeline.laneModeProperty().set("article".equals(v.lanes()) ? LaneMode.ARTICLE : LaneMode.ACTOR);
            timeline.colourModeProperty().set("tone".equals(v.colourBy()) ? ColourMode.TONE : ColourMode.TYPE);
            if (v.from() != null && v.to() != null && !v.to().isBefore(v.from())) {
                timeline.show(v.from(), v.to());
            }
        }
        if (v.selectedEvent() != null) {
            workspace.analysis().event(v.selectedEvent()).ifPresent(workspace::select);
        }
    }
}
