package org.annalist.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import org.annalist.analysis.AnalysisSession;

/** Starts the JavaFX application on the given inputs. */
public final class AppLauncher {

    private AppLauncher() {
    }

    public static void open(List<Path> inputs) {
        AnnalistApp.initialInputs(inputs);
        // Compiling the rule resources and building the extractor takes about a second; do it while
        // JavaFX starts up so the window takes a finished analyzer instead of building it on the FX thread.
        AnalyzerWarmUp.start();
        AnalysisSession.readAhead(inputs); // the files are read while the window is built

        Application.launch(AnnalistApp.class);
    }
}
