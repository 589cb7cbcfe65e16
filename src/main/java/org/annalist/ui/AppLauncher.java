package org.annalist.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;

/** Starts the JavaFX application on the given inputs. */
public final class AppLauncher {

    private AppLauncher() {
    }

    public static void open(List<Path> inputs) {
        AnnalistApp.initialInputs(inputs);
        Application.launch(AnnalistApp.class);
    }
}
