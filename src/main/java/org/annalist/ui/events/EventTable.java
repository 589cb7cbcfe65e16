package org.annalist.ui.events;

import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.annalist.analysis.Analysis;
import org.annalist.events.Event;
import org.annalist.timeline.ActorRanking;
import org.annalist.ui.details.DateCell;
import org.annalist.ui.workspace.WorkspaceViewModel;

/**
 * Every shown event as a row (date, type, tone, who, to whom, summary, status, article), undated
 * ones included: sortable by any column, filtered by typed words, and one with the shared
 * selection both ways.
 */
public final class EventTable extends VBox {

    private final WorkspaceViewModel workspace;
    private final ObservableList<Event> rows = FXCollections.observableArrayList();
    private final FilteredList<Event> filtered = new FilteredList<>(rows);
    private final TableView<Event> table = new TableView<>();
    private final TextField filterText = new TextField();
    private final ToggleButton undatedOnly = new ToggleButton("Undated only");
    private final Label count = new Label();
    private boolean syncing;

    public EventTable(WorkspaceViewModel workspace) {
        super(4);
        this.workspace = workspace;
        getStyleClass().add("event-table");
        setPadding(new Insets(4));
        filterText.setPromptText("Filter rows");
        filterText.setTooltip(new Tooltip("Shows the rows whose summary, actors, type or article contain these words"));
        undatedOnly.setTooltip(new Tooltip("Only the events without a date (not on the timeline)"));
        HBox.setHgrow(filterText, Priority.ALWAYS);
        HBox bar = new HBox(6, filterText, undatedOnly, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        SortedList<Event> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label("No events shown"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        columns();
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(bar, table);
        filtered.addListener((javafx.collections.ListChangeListener<Event>) c -> count.setText(filtered.size() + " of " + rows.size()));
        filterText.textProperty().addListener(o -> refilter());
        undatedOnly.selectedProperty().addListener(o -> refilter());
        workspace.shownProperty().addListener((o, was, now) -> rows.setAll(now));
        rows.setAll(workspace.shown());
        refilter();
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!syncing && now != null && now != workspace.selection().event()) {
                workspace.select(now);
            }
        });
        workspace.selection().eventProperty().addListener((o, was, now) -> follow(now));
    }

    private void columns() {
        // an event dated only by its article's day says "reported on"; rows sort by date, undated last
        TableColumn<Event, DateCell> date = new TableColumn<>("Date");
        date.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(DateCell.of(c.getValue())));
        date.setPrefWidth(96);
        // the flexible layout squeezed it to "D..." at 1366x768; a date is what the rows are sorted by
        date.setMinWidth(84);
        TableColumn<Event, Double> tone = new TableColumn<>("Tone");
        tone.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().tone()));
        tone.setPrefWidth(50);
        tone.setMinWidth(44);
        table.getColumns().add(date);
        table.getColumns().add(column("Type", 110, e -> e.type().label()));
        table.getColumns().add(tone);
        table.getColumns().add(column("Who", 110, e -> names(e.source())));
        table.getColumns().add(column("To whom", 110, e -> names(e.target())));
        table.getColumns().add(column("Summary", 320, Event::summary));
        table.getColumns().add(column("Status", 75, e -> e.status().id()));
        table.getColumns().add(column("Article", 160, this::article));
    }

    private TableColumn<Event, String> column(String title, double width, Function<Event, String> value) {
        TableColumn<Event, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private String names(java.util.List<String> ids) {
        var catalog = workspace.analysis().catalog();
        return ids.stream().map(id -> ActorRanking.displayName(catalog, id)).collect(Collectors.joining(", "));
    }

    /** The first passage's article by outlet and title, as a reader names it. */
    private String article(Event e) {
        if (e.passages().isEmpty()) {
            return "";
        }
        Analysis a = workspace.analysis();
        String id = e.passages().get(0).articleId();
        String name = a.article(id).map(org.annalist.corpus.Sources::heading).orElse(id);
        return e.passages().size() > 1 ? name + " (+" + (e.passages().size() - 1) + ")" : name;
    }

    private void refilter() {
        String q = filterText.getText() == null ? "" : filterText.getText().strip().toLowerCase(Locale.ROOT);
        boolean undated = undatedOnly.isSelected();
        filtered.setPredicate(e -> (!undated || !e.isDated()) && (q.isEmpty() || text(e).contains(q)));
        count.setText(filtered.size() + " of " + rows.size());
    }

    private String text(Event e) {
        return (e.summary() + " " + e.type().label() + " " + names(e.actors()) + " " + article(e))
                .toLowerCase(Locale.ROOT);
    }

    /** The selection moved elsewhere: the row follows and scrolls into view. */
    private void follow(Event e) {
        syncing = true;
        try {
            if (e == null || !table.getItems().contains(e)) {
                table.getSelectionModel().clearSelection();
                return;
            }
            table.getSelectionModel().select(e);
            table.scrollTo(Math.max(0, table.getSelectionModel().getSelectedIndex() - 2));
        } finally {
            syncing = false;
        }
    }

    /** Shows only the undated events (the "N undated" link in the filter bar). */
    public void showUndated() {
        filterText.clear();
        undatedOnly.setSelected(true);
    }

    public TableView<Event> tableView() {
        return table;
    }

    public ToggleButton undatedOnlyButton() {
        return undatedOnly;
    }
}
