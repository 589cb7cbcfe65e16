package org.annalist.ui;

import javafx.application.Application;
import org.annalist.bench.SyntheticAnalysis;

/** Opens the window on a synthetic analysis (screenshots, trying the views at scale). Args: events, days. */
public final class DemoLauncher {

    private DemoLauncher() {
    }

    public static void main(String[] args) {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        AnnalistApp.presetAnalysis(() -> SyntheticAnalysis.generate(events, days, 7));
        Application.launch(AnnalistApp.class);
    }
}
