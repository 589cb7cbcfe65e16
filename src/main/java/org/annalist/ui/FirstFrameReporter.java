package org.annalist.ui;

import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;

/**
 * With {@code -Dannalist.firstFrame=exit} (set by {@code annalist bench}), prints the JVM uptime
 * once the first frame has been rendered and exits. A pulse renders after its animation timers
 * run, so the second pulse's timer sees the first frame done.
 */
final class FirstFrameReporter {

    private FirstFrameReporter() {
    }

    /** Call once, right after the stage is shown; does nothing unless the property is set. */
    static void install() {
        if (!"exit".equals(System.getProperty("annalist.firstFrame"))) {
            return;
        }
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    System.out.println("annalist-first-frame uptime-ms="
                            + ManagementFactory.getRuntimeMXBean().getUptime());
                    System.out.flush();
                    System.exit(0);
                }
            }
        }.start();
    }
}
