package org.annalist.ui;

import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import org.annalist.analysis.Analysis;
import org.annalist.ui.workspace.WorkspaceViewModel;

/**
 * With {@code -Dannalist.loaded=exit} (a measuring aid), prints the JVM uptime when the window is
 * first usable on the opened inputs (the first analysis, interim or whole, drawn: two pulses after
 * it is shown) and when they are fully loaded (the whole analysis drawn and no work running), then
 * exits. Measures both the way a user would notice them.
 */
final class LoadedReporter {

    private LoadedReporter() {
    }

    static void install(WorkspaceViewModel workspace) {
        if (!"exit".equals(System.getProperty("annalist.loaded"))) {
            return;
        }
        boolean[] usable = {false};
        workspace.analysisProperty().addListener((o, was, now) -> {
            if (now.articles().isEmpty()) {
                return;
            }
            boolean whole = !workspace.interimProperty().get();
            new AnimationTimer() {
                private int pulses;

                @Override
                public void handle(long t) {
                    if (workspace.analysis() != now) {
                        stop(); // a newer analysis reports instead
                        return;
                    }
                    if (whole && workspace.tasks().runningProperty().get() || ++pulses < 2) {
                        return;
                    }
                    stop();
                    if (!usable[0]) {
                        usable[0] = true;
                        print("annalist-usable", now);
                    }
                    if (whole) {
                        print("annalist-loaded", now);
                        System.exit(0);
                    }
                }
            }.start();
        });
    }

    /** The process's CPU time so far (all threads, JIT and GC included): steadier than uptime on a shared machine. */
    private static long cpuMillis() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1_000_000 : -1;
    }

    private static void print(String what, Analysis a) {
        System.out.println(what + " articles=" + a.articles().size() + " events=" + a.events().size()
                + " uptime-ms=" + ManagementFactory.getRuntimeMXBean().getUptime() + " cpu-ms=" + cpuMillis());
        System.out.flush();
    }
}
