package org.annalist.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.annalist.analysis.Analysis;
import org.annalist.bench.SyntheticAnalysis;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Time to lay out and draw one timeline frame (the window's redraw path) onto a no-op canvas, so
 * the figure is the painter's own cost: 1,000 / 10,000 / 100,000 events over five years, seen
 * whole (worst case: everything visible) and through a three-month window.
 */
class TimelineFrameBenchmark {

    /** Wall and CPU milliseconds per frame (the machine is shared, so CPU time is the fairer figure). */
    record Timing(double wall, double cpu) {
    }

    static double frameMillis(Analysis analysis, boolean whole, int frames) {
        return frameTiming(analysis, whole, frames).wall();
    }

    static Timing frameTiming(Analysis analysis, boolean whole, int frames) {
        LaneIndex index = LaneIndex.build(analysis, analysis.events(), LaneMode.ACTOR);
        double width = 1400;
        TimelineGeometry axis = new TimelineGeometry(160, 0, 32, 26, width - 168);
        TimeScale scale = whole ? TimeScale.fit(index.minDay(), index.maxDay(), width - 168, 24)
                : TimeScale.fit(index.minDay() + 300, index.minDay() + 390, width - 168, 24);
        TimelineStyle style = new TimelineStyle(ColourMode.TYPE, false, "e5", Set.of("e7", "e9"), false);
        RecordingCanvas c = new RecordingCanvas(width, 800);
        int lanes = Math.min(index.lanes().size() - 1, 28);
        for (int i = 0; i < 20; i++) {
            TimelineFrame.paint(c, index, scale.pan(i), axis, axis, style, 0, lanes);
        }
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (int i = 0; i < frames; i++) {
            // pan a little each frame, as a drag would
            TimelineFrame.paint(c, index, scale.pan(i % 7), axis, axis, style, 0, lanes);
        }
        return new Timing((System.nanoTime() - t0) / 1e6 / frames, (mx.getCurrentThreadCpuTime() - c0) / 1e6 / frames);
    }

    @Tag("evaluation")
    @Test
    void frameTimes() {
        for (int n : new int[] {1_000, 10_000, 100_000}) {
            Analysis a = SyntheticAnalysis.generate(n, 5 * 365, 11);
            long t0 = System.nanoTime();
            LaneIndex.build(a, a.events(), LaneMode.ACTOR);
            double index = (System.nanoTime() - t0) / 1e6;
            Timing whole = frameTiming(a, true, 100);
            Timing window = frameTiming(a, false, 100);
            System.out.printf("timeline frame, %,d events: whole range %.2f ms (cpu %.2f), 3-month window %.2f ms"
                    + " (cpu %.2f); index build once per data change %.0f ms%n", n, whole.wall(), whole.cpu(),
                    window.wall(), window.cpu(), index);
        }
    }

    /** A cheap floor in the default build: a frame of 100,000 events stays far under a second. */
    @Test
    void hundredThousandEventsDrawQuickly() {
        Analysis a = SyntheticAnalysis.generate(100_000, 5 * 365, 11);
        assertThat(frameMillis(a, true, 10)).isLessThan(250);
    }
}
