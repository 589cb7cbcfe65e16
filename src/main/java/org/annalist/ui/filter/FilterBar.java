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
import org.controlsfx.control.RangeSlider;
import org.kordamp.ikonli.javafx.FontIcon;

/** Actor, type, date-range and search filters, with the shown/hidden counts. */
public final class FilterBar extends HBox {

    private final WorkspaceViewModel workspace;
    private final FilterModel filter;
    private final CheckComboBox<String> actors = new CheckComboBox<>();
    private final CheckComboBox<EventType> types = new CheckComboBox<>();
    private final RangeSlider range = new RangeSlider(0, 1, 0, 1);
    private final Label rangeLabel = new Label();
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
        range.setPrefWidth(150);
        range.setMinWidth(90);
        actors.setPrefWidth(165);
        types.setPrefWidth(140);
        actors.setMinWidth(100);
        types.setMinWidth(100);
        range.setShowTickMarks(false);
        range.setAccessibleText("Date range");
        range.lowValueChangingProperty().addListener(o -> applyRange());
        range.highValueChangingProperty().addListener(o -> applyRange());
        range.lowValueProperty().addListener(o -> applyRange());
        range.highValueProperty().addListener(o -> applyRange());
        rangeLabel.getStyleClass().add("range-label");
        rangeLabel.setMinWidth(160);
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
        getChildren().addAll(actors, types, dates(), range, rangeLabel, searchIcon, search, spacer, counts, undated);
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
            double min = a.events().stream().filter(Event::isDated).mapToDouble(e -> e.date().start().toEpochDay())
                    .min().orElse(0);
            double max = a.events().stream().filter(Event::isDated).mapToDouble(e -> e.date().end().toEpochDay())
                    .max().orElse(1);
            range.setMin(min);
            range.setMax(Math.max(min + 1, max));
            range.setLowValue(range.getMin());
            range.setHighValue(range.getMax());
            range.setDisable(a.events().stream().noneMatch(Event::isDated));
            filter.fromProperty().set(null);
            filter.toProperty().set(null);
        } finally {
            syncing = false;
        }
        updateRangeLabel();
    }

    private void applyRange() {
        updateRangeLabel();
        if (syncing || range.isLowValueChanging() || range.isHighValueChanging()) {
            return;
        }
        filter.fromProperty().set(range.getLowValue() <= range.getMin() ? null
                : LocalDate.ofEpochDay(Math.round(range.getLowValue())));
        filter.toProperty().set(range.getHighValue() >= range.getMax() ? null
                : LocalDate.ofEpochDay(Math.round(range.getHighValue())));
    }

    private void updateRangeLabel() {
        if (range.isDisabled()) {
            rangeLabel.setText("no dated events");
            return;
        }
        rangeLabel.setText(LocalDate.ofEpochDay(Math.round(range.getLowValue())) + " – "
                + LocalDate.ofEpochDay(Math.round(range.getHighValue())));
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

    public RangeSlider rangeSlider() {
        return range;
    }
}
