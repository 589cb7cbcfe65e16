package org.annalist.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.annalist.ui.workspace.WorkspaceViewModel;
import org.kordamp.ikonli.javafx.FontIcon;

/** Bottom bar: what is loading (with progress and cancel) and the last status message. */
final class StatusBar extends HBox {

    StatusBar(WorkspaceViewModel workspace) {
        super(8);
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(3, 8, 3, 8));
        var tasks = workspace.tasks();
        Label message = new Label();
        message.textProperty().bind(tasks.messageProperty());
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(tasks.progressProperty());
        bar.setPrefWidth(180);
        Button cancel = new Button("Cancel", new FontIcon("mdoal-cancel"));
        cancel.setOnAction(e -> tasks.cancel());
        for (var n : new javafx.scene.Node[] {bar, cancel}) {
            n.visibleProperty().bind(tasks.runningProperty());
            n.managedProperty().bind(tasks.runningProperty());
        }
        Label status = new Label();
        status.textProperty().bind(workspace.statusProperty());
        status.getStyleClass().add("status-text");
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label hint = new Label("Wheel: zoom · drag: pan · click: select · Ctrl+/ shortcuts");
        hint.getStyleClass().add("hint");
        getChildren().addAll(bar, cancel, message, status, spacer, hint);
    }
}
