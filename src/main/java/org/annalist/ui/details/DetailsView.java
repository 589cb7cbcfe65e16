package org.annalist.ui.details;

import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.annalist.events.Event;
import org.annalist.events.Passage;
import org.annalist.ui.workspace.WorkspaceViewModel;

/**
 * The selected event in words: date and how it was derived, type, tone, who did what to whom,
 * the summary, and every supporting passage (each opens its article). Above it, the list of events
 * picked as a group (graph node or edge, timeline cluster).
 */
public final class DetailsView extends VBox {

    private final WorkspaceViewModel workspace;
    private final Label listTitle = new Label();
    private final ListView<Event> list = new ListView<>();
    private final VBox details = new VBox(6);

    public DetailsView(WorkspaceViewModel workspace) {
        super(6);
        this.workspace = workspace;
        getStyleClass().add("details-view");
        setPadding(new Insets(8));
        listTitle.getStyleClass().add("section-title");
        listTitle.setWrapText(true);
        list.setItems(workspace.selection().listed());
        list.setPrefHeight(110);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Event e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : (e.isDated() ? e.date().value() : "undated") + "  " + e.summary());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && now != workspace.selection().event()) {
                workspace.select(now);
            }
        });
        list.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(workspace.selection().listed()));
        list.managedProperty().bind(list.visibleProperty());
        listTitle.textProperty().bind(workspace.selection().listTitleProperty());
        listTitle.managedProperty().bind(list.visibleProperty());
        listTitle.visibleProperty().bind(list.visibleProperty());
        ScrollPane scroll = new ScrollPane(details);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(listTitle, list, scroll);
        workspace.selection().eventProperty().addListener(o -> show(workspace.selection().event()));
        show(null);
    }

    /** The events listed, for tests. */
    public ListView<Event> listView() {
        return list;
    }

    private void show(Event e) {
        details.getChildren().clear();
        if (e == null) {
            Label hint = new Label("Select an event on the timeline, in the graph or in a list to see where it comes from.");
            hint.setWrapText(true);
            hint.getStyleClass().add("hint");
            details.getChildren().add(hint);
            return;
        }
        Label summary = new Label(e.summary());
        summary.setWrapText(true);
        summary.getStyleClass().add("event-summary");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        int row = 0;
        row = add(grid, row, "When", WhenWords.describe(e));
        if (e.dateConflict() != null) {
            row = add(grid, row, "Sources differ", e.dateConflict());
        }
        // type and tone on one row, who and whom on another: the event fits a laptop's pane without scrolling
        row = add(grid, row, "Type", e.type().label() + (e.status().label().isEmpty() ? "" : " (" + e.status().label() + ")")
                + String.format(" \u00b7 tone %+.1f, %s", e.tone(), e.tone() < -1 ? "hostile"
                : e.tone() > 1 ? "cooperative" : "neutral"));
        String who = names(e.source());
        String whom = names(e.target());
        add(grid, row, "Who", (who.isEmpty() ? "(no one named)" : who) + (whom.isEmpty() ? "" : " \u2192 " + whom));
        Label passages = new Label(e.passages().size() == 1 ? "Source passage" : e.passages().size() + " source passages");
        passages.getStyleClass().add("section-title");
        details.getChildren().addAll(summary, grid, passages);
        for (Passage p : e.passages()) {
            String article = workspace.analysis().article(p.articleId()).map(org.annalist.corpus.Sources::heading)
                    .orElse(p.articleId());
            Hyperlink link = new Hyperlink(p.text().strip() + "\n— " + article);
            link.setWrapText(true);
            link.getStyleClass().add("passage-link");
            link.setOnAction(ev -> workspace.showPassage(p));
            details.getChildren().add(link);
        }
    }

    private String names(java.util.List<String> ids) {
        var catalog = workspace.analysis().catalog();
        return ids.stream().map(id -> org.annalist.timeline.ActorRanking.displayName(catalog, id)).collect(Collectors.joining(", "));
    }

    private static int add(GridPane grid, int row, String key, String value) {
        Label k = new Label(key);
        k.getStyleClass().add("detail-key");
        Label v = new Label(value);
        v.setWrapText(true);
        grid.addRow(row, k, v);
        return row + 1;
    }
}
