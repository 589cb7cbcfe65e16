package org.annalist.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The Annalist window. */
public final class AnnalistApp extends Application {

    private static volatile List<Path> inputs = List.of(Path.of("samples"));

    static void initialInputs(List<Path> paths) {
        inputs = List.copyOf(paths);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Annalist");
        stage.setScene(new Scene(new Label("Annalist: " + inputs), 1366, 768));
        stage.show();
        FirstFrameReporter.install();
    }
}
