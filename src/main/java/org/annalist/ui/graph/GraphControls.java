package org.annalist.ui.graph;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The bar over the actor graph: "Focus + neighbours" (only the focus actors and the actors they
 * share events with), the least number of shared events an edge needs to be drawn, and "Detach",
 * which opens the same graph (same layout, same selection) in a window of its own that can be
 * made as large as the screen.
 */
final class GraphControls {

    private GraphControls() {
    }

    static BorderPane around(GraphPane pane) {
        GraphViewModel model = pane.model();
        ToggleButton focus = new ToggleButton("Focus + neighbours", new FontIcon("mdoal-center_focus_strong"));
        focus.getStyleClass().addAll("small", "graph-focus");
        focus.setTooltip(new Tooltip("Show only the focus actors and the actors they share events with"));
        focus.selectedProperty().bindBidirectional(model.focusOnlyProperty());
        Spinner<Integer> weight = new Spinner<>(1, 500, model.minWeightProperty().get());
        weight.getStyleClass().addAll("small", "graph-min-weight");
        weight.setEditable(true);
        weight.setPrefWidth(76);
        weight.setTooltip(new Tooltip("Hide links with fewer shared events than this"));
        weight.valueProperty().addListener((o, was, now) -> model.minWeightProperty().set(now == null ? 1 : now));
        model.minWeightProperty().addListener((o, was, now) -> weight.getValueFactory().setValue(now.intValue()));
        Button detach = new Button("Detach", new FontIcon("mdoal-launch"));
        detach.getStyleClass().addAll("small", "graph-detach");
        detach.setTooltip(new Tooltip("Open the graph in a window of its own, to enlarge it"));
        detach.setOnAction(e -> detach(pane));
        Label min = new Label("Min. shared events");
        HBox bar = new HBox(8, focus, min, weight, detach);
        if (pane.enlargeable()) {
            ToggleButton enlarge = new ToggleButton("Enlarge", new FontIcon("mdoal-fullscreen"));
            enlarge.getStyleClass().addAll("small", "graph-enlarge");
            enlarge.setTooltip(new Tooltip("Give the graph most of the middle pane (the timeline keeps a strip); again to go back"));
            enlarge.selectedProperty().bindBidirectional(pane.enlargedProperty());
            bar.getChildren().add(enlarge);
        }
        bar.getChildren().add(readableLink(model));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(2, 6, 2, 6));
        bar.getStyleClass().add("graph-controls");
        BorderPane box = new BorderPane(pane);
        box.setTop(new javafx.scene.layout.VBox(bar, note(model)));
        return box;
    }

    /** What the graph leaves out, and a link to show everything; shown only when something is left out. */
    private static HBox note(GraphViewModel model) {
        Label text = new Label();
        text.getStyleClass().add("graph-note");
        text.textProperty().bind(model.noteProperty());
        text.setWrapText(true);
        javafx.scene.control.Hyperlink all = new javafx.scene.control.Hyperlink("Show all");
        all.getStyleClass().add("graph-show-all");
        all.setTooltip(new Tooltip("Draw every actor and link in view, however dense"));
        all.setOnAction(e -> model.showAll());
        HBox row = new HBox(6, text, all);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(0, 6, 2, 6));
        row.visibleProperty().bind(model.noteProperty().isNotEmpty());
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    /** Back to the readable view, offered while a large graph is drawn whole. */
    private static javafx.scene.control.Hyperlink readableLink(GraphViewModel model) {
        javafx.scene.control.Hyperlink readable = new javafx.scene.control.Hyperlink("Readable view");
        readable.getStyleClass().add("graph-readable");
        readable.setTooltip(new Tooltip("Raise the shared-events threshold until at most "
                + ReadableGraph.MOST_ACTORS + " actors are drawn"));
        readable.setOnAction(e -> model.readableProperty().set(true));
        readable.visibleProperty().bind(model.readableProperty().not()
                .and(javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> model.actorsInView() > ReadableGraph.MOST_ACTORS, model.graphProperty())));
        readable.managedProperty().bind(readable.visibleProperty());
        return readable;
    }

    /** A second view of the same graph model in its own window; closing it leaves the main one. */
    static Stage detach(GraphPane pane) {
        GraphPane big = new GraphPane(pane.model());
        Stage stage = new Stage();
        stage.setTitle("Actor graph");
        Scene scene = new Scene(big.withControls(), 1100, 760);
        if (pane.getScene() != null) {
            scene.getStylesheets().setAll(pane.getScene().getStylesheets());
            stage.initOwner(pane.getScene().getWindow());
        }
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}
