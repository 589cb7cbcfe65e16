package org.annalist.bench;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.annalist.analysis.Analysis;
import org.annalist.events.Event;
import org.annalist.render.Canvas2D;
import org.annalist.timeline.TimelineRenderer;

/**
 * Times full timeline frames ({@link TimelineRenderer#render}, all events shown, fit to range) on a
 * given surface: a few warm-up frames, then frames until a count or a time budget is reached.
 */
public final class FrameBench {

    private final int warmup;
    private final int frames;
    private final long budgetNanos;

    public FrameBench(int warmup, int frames, long budgetMillis) {
        this.warmup = warmup;
        this.frames = frames;
        this.budgetNanos = budgetMillis * 1_000_000L;
    }

    public FrameResult run(String surfaceName, Analysis analysis, Supplier<? extends Canvas2D> surface) {
        List<Event> shown = analysis.events();
        Canvas2D canvas = surface.get();
        for (int i = 0; i < warmup; i++) {
            TimelineRenderer.render(canvas, analysis, shown, "Benchmark", null, null);
        }
        double[] times = new double[frames];
        int n = 0;
        long started = System.nanoTime();
        while (n < frames && (n < 3 || System.nanoTime() - started < budgetNanos)) {
            long t0 = System.nanoTime();
            TimelineRenderer.render(canvas, analysis, shown, "Benchmark", null, null);
            times[n++] = (System.nanoTime() - t0) / 1e6;
        }
        double[] sorted = Arrays.copyOf(times, n);
        Arrays.sort(sorted);
        return new FrameResult(surfaceName, shown.size(), n, percentile(sorted, 0.5),
                percentile(sorted, 0.95), sorted[n - 1]);
    }

    private static double percentile(double[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
