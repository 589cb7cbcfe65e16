package org.annalist.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import org.annalist.analysis.AnalysisSession;
import org.annalist.analysis.Analyzer;

/** Starts the JavaFX application on the given inputs. */
public final class AppLauncher {

    private AppLauncher() {
    }

    public static void open(List<Path> inputs) {
        AnnalistApp.initialInputs(inputs);
        // Compiling the rule resources takes about a second; do it while JavaFX starts up so the
        // window's own call finds them loaded instead of blocking the first frame.
        Thread warmUp = new Thread(Analyzer::standard, "annalist-rules-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        AnalysisSession.readAhead(inputs); // the files are read while the window is built

        Application.launch(AnnalistApp.class);
    }
}
