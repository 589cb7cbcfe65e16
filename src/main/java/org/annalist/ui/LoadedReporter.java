package org.annalist.ui;

import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import org.annalist.ui.workspace.WorkspaceViewModel;

/**
 * With {@code -Dannalist.loaded=exit} (a measuring aid), prints the JVM uptime once the opened
 * inputs are read, analysed and drawn (two pulses after the analysis is shown and no work runs)
 * and exits. Measures "window fully loaded" the way a user would notice it.
 */
final class LoadedReporter {

    private LoadedReporter() {
    }

    static void install(WorkspaceViewModel workspace) {
        if (!"exit".equals(System.getProperty("annalist.loaded"))) {
            return;
        }
        workspace.analysisProperty().addListener((o, was, now) -> {
            if (!now.articles().isEmpty()) {
                new AnimationTimer() {
                    private int pulses;

                    @Override
                    public void handle(long t) {
                        if (workspace.tasks().runningProperty().get()) {
                            return;
                        }
                        if (++pulses == 2) {
                            stop();
                            System.out.println("annalist-loaded articles=" + now.articles().size() + " events="
                                    + now.events().size() + " uptime-ms=" + ManagementFactory.getRuntimeMXBean().getUptime());
                            System.out.flush();
                            System.exit(0);
                        }
                    }
                }.start();
            }
        });
    }
}
