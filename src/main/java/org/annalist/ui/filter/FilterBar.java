package org.annalist.ui.filter;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.paint.Color;
import org.annalist.analysis.Analysis;
import org.annalist.events.Event;
import org.annalist.events.EventType;
import org.annalist.render.Rgba;
import org.annalist.timeline.ActorRanking;
import org.annalist.timeline.Palette;
import org.annalist.ui.workspace.WorkspaceViewModel;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Actor, type, date-range and search filters, with the shown/hidden counts. The date range is the
 * timeline's visible range: typing dates moves the timeline, zooming or panning it rewrites them.
 */
public final class FilterBar extends HBox {

    private final WorkspaceViewModel workspace;
    private final FilterModel filter;
    private final ChecklistButton<String> actors = new ChecklistButton<>("Actors", true, true);
    private final ChecklistButton<EventType> types = new ChecklistButton<>("Types", false, false);
    private final DateRangeFields range;
    private final TextField search = new TextField();
    private final javafx.scene.control.Hyperlink undated = new javafx.scene.control.Hyperlink();
    private Runnable onUndated = () -> { };
    private boolean syncing;

    public FilterBar(WorkspaceViewModel workspace) {
        super(10);
        this.workspace = workspace;
        this.filter = workspace.filter();
        getStyleClass().add("filter-bar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 8, 4, 8));
        actors.setTooltip(new Tooltip("Choose the actors shown: find one by name, focus actors only, none or all;"
                + " the number is the events shown with each"));
        types.setTooltip(new Tooltip("Choose the event types shown, in their timeline colours"));
        actors.onBatch(filter::batch);
        types.onBatch(filter::batch);
        range = new DateRangeFields(workspace.visibleFromProperty(), workspace.visibleToProperty());
        actors.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        types.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        search.setPromptText("Search text (Ctrl+F)");
        search.setTooltip(new Tooltip("Search passages and event summaries; matches light up in every view"));
        search.setPrefColumnCount(16);
        search.setMinWidth(120);
        search.setAccessibleText("Search");
        search.textProperty().bindBidirectional(filter.searchProperty());
        Label counts = new Label();
        counts.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        counts.getStyleClass().add("counts");
        counts.textProperty().bind(workspace.countsProperty());
        undated.getStyleClass().add("undated-link");
        undated.setTooltip(new Tooltip("Events without a date are not on the timeline: click to list them"));
        undated.textProperty().bind(workspace.undatedCountProperty().asString("%d undated"));
        undated.visibleProperty().bind(workspace.undatedCountProperty().greaterThan(0));
        undated.managedProperty().bind(undated.visibleProperty());
        undated.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        undated.setOnAction(e -> {
            workspace.listUndated();
            onUndated.run();
        });
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label searchIcon = new Label(null, new FontIcon("mdomz-search"));
        getChildren().addAll(actors, types, dates(), range, searchIcon, search, spacer, counts, undated);
        workspace.analysisProperty().addListener((o, was, now) -> sync(now));
        workspace.shownProperty().addListener((o, was, now) -> refresh());
        sync(workspace.analysis());
    }

    private static Label dates() {
        Label l = new Label("Dates");
        l.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        return l;
    }

    private void sync(Analysis a) {
        syncing = true;
        try {
            ActorRanking ranking = new ActorRanking(a);
            var focus = java.util.Set.copyOf(a.catalog().focusIds());
            Map<String, Integer> totals = new HashMap<>();
            a.actors().forEach(s -> totals.put(s.actor().id(), s.events()));
            actors.setChoices(ranking.order().stream().map(id -> new Choice<>(id, ranking.name(id),
                    fx(ranking.colour(id)), focus.contains(id), totals.getOrDefault(id, 0))).toList(), this::actorChanged);
            Map<EventType, Long> byType = a.events().stream().collect(Collectors.groupingBy(Event::type, Collectors.counting()));
            types.setChoices(Arrays.stream(EventType.values()).map(t -> new Choice<>(t, t.label(),
                    fx(Palette.standard().type(t)), false, byType.getOrDefault(t, 0L).intValue())).toList(),
                    this::typeChanged);
            filter.fromProperty().set(null);
            filter.toProperty().set(null);
        } finally {
            syncing = false;
        }
        refresh();
    }

    /** Checks and counts follow the filter, whoever changed it (a click here, Clear filters, a project). */
    private void refresh() {
        syncing = true;
        try {
            Analysis a = workspace.analysis();
            Map<String, Integer> actorCounts = filter.actorCounts(a.events());
            for (Choice<String> c : actors.choices()) {
                c.checkedProperty().set(!filter.hiddenActors().contains(c.value()));
                c.countProperty().set(actorCounts.getOrDefault(c.value(), 0));
            }
            Map<EventType, Integer> typeCounts = filter.typeCounts(a.events());
            for (Choice<EventType> c : types.choices()) {
                c.checkedProperty().set(!filter.hiddenTypes().contains(c.value()));
                c.countProperty().set(typeCounts.getOrDefault(c.value(), 0));
            }
        } finally {
            syncing = false;
        }
    }

    private void actorChanged(Choice<String> c) {
        if (!syncing) {
            if (c.isChecked()) {
                filter.hiddenActors().remove(c.value());
            } else {
                filter.hiddenActors().add(c.value());
            }
        }
    }

    private void typeChanged(Choice<EventType> c) {
        if (!syncing) {
            if (c.isChecked()) {
                filter.hiddenTypes().remove(c.value());
            } else {
                filter.hiddenTypes().add(c.value());
            }
        }
    }

    private static Color fx(Rgba c) {
        return Color.rgb(c.red(), c.green(), c.blue(), c.alpha());
    }

    /** What else happens when the "N undated" link is clicked (the window shows the event table). */
    public void onUndated(Runnable action) {
        onUndated = action;
    }

    public javafx.scene.control.Hyperlink undatedLink() {
        return undated;
    }

    public TextField searchField() {
        return search;
    }

    /** The actor filter: search, Focus only, None, All, and the events shown per actor. */
    public ChecklistButton<String> actorsBox() {
        return actors;
    }

    /** The event-type filter, each type in its timeline colour. */
    public ChecklistButton<EventType> typesBox() {
        return types;
    }

    /** The typed date range (From, To), which follows and moves the timeline. */
    public DateRangeFields dateRange() {
        return range;
    }
}
