package org.annalist.ui.filter;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.annalist.analysis.Analysis;
import org.annalist.events.Event;
import org.annalist.events.EventType;
import org.annalist.timeline.ActorRanking;
import org.annalist.ui.workspace.WorkspaceViewModel;
import org.controlsfx.control.CheckComboBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Actor, type, date-range and search filters, with the shown/hidden counts. The date range is the
 * timeline's visible range: typing dates moves the timeline, zooming or panning it rewrites them.
 */
public final class FilterBar extends HBox {

    private final WorkspaceViewModel workspace;
    private final FilterModel filter;
    private final CheckComboBox<String> actors = new CheckComboBox<>();
    private final CheckComboBox<EventType> types = new CheckComboBox<>();
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
        actors.setTitle("Actors");
        actors.setShowCheckedCount(true);
        actors.setAccessibleText("Actor filter");
        actors.setTooltip(new Tooltip("Uncheck an actor to hide its events, lane and graph node"));
        types.setTitle("Types");
        types.setShowCheckedCount(true);
        types.setAccessibleText("Event type filter");
        types.getItems().setAll(Arrays.asList(EventType.values()));
        types.setConverter(new StringConverter<>() {
            @Override
            public String toString(EventType t) {
                return t == null ? "" : t.label();
            }

            @Override
            public EventType fromString(String s) {
                return EventType.fromId(s);
            }
        });
        types.getCheckModel().checkAll();
        types.getCheckModel().getCheckedItems().addListener((ListChangeListener<EventType>) c -> {
            if (!syncing) {
                var hidden = java.util.EnumSet.allOf(EventType.class);
                hidden.removeAll(types.getCheckModel().getCheckedItems());
                filter.hiddenTypes().retainAll(hidden);
                filter.hiddenTypes().addAll(hidden);
            }
        });
        actors.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
            if (!syncing) {
                var hidden = new java.util.HashSet<>(actors.getItems());
                hidden.removeAll(actors.getCheckModel().getCheckedItems());
                filter.hiddenActors().retainAll(hidden);
                filter.hiddenActors().addAll(hidden);
            }
        });
        range = new DateRangeFields(workspace.visibleFromProperty(), workspace.visibleToProperty());
        actors.setPrefWidth(165);
        types.setPrefWidth(140);
        actors.setMinWidth(100);
        types.setMinWidth(100);
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
            List<String> ids = ranking.order();
            actors.setConverter(new StringConverter<>() {
                @Override
                public String toString(String id) {
                    return id == null ? "" : ranking.name(id);
                }

                @Override
                public String fromString(String s) {
                    return s;
                }
            });
            actors.getItems().setAll(ids);
            actors.getCheckModel().clearChecks();
            ids.stream().filter(id -> !filter.hiddenActors().contains(id)).forEach(actors.getCheckModel()::check);
            filter.fromProperty().set(null);
            filter.toProperty().set(null);
        } finally {
            syncing = false;
        }
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

    public CheckComboBox<String> actorsBox() {
        return actors;
    }

    public CheckComboBox<EventType> typesBox() {
        return types;
    }

    /** The typed date range (From, To), which follows and moves the timeline. */
    public DateRangeFields dateRange() {
        return range;
    }
}
