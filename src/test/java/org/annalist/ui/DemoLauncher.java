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
        String select = args.length > 2 ? args[2] : null;
        String search = args.length > 3 ? args[3] : null;
        AnnalistApp.presetAnalysis(() -> SyntheticAnalysis.generate(events, days, 7));
        AnnalistApp.afterStart(w -> {
            var vm = w.workspace();
            if (select != null) {
                vm.analysis().event(select).ifPresent(vm::select);
                w.graphModel().pickNode("russia");
                vm.analysis().event(select).ifPresent(vm::select);
            }
            if (search != null) {
                vm.filter().searchProperty().set(search);
            }
        });
        Application.launch(AnnalistApp.class);
    }
}
