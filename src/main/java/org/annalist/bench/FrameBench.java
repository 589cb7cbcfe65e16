package org.annalist.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.annalist.render.Canvas2D;

/**
 * Times frames of a painter on a surface: a few warm-up frames, then frames until a count or a
 * time budget is reached (at least three).
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

    public FrameResult run(String painterName, String surfaceName, int events, Consumer<Canvas2D> painter,
                           Supplier<? extends Canvas2D> surface) {
        Canvas2D canvas = surface.get();
        for (int i = 0; i < warmup; i++) {
            painter.accept(canvas);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpuClock = threads.isCurrentThreadCpuTimeSupported();
        double[] times = new double[frames];
        double[] cpu = new double[frames];
        int n = 0;
        long started = System.nanoTime();
        while (n < frames && (n < 3 || System.nanoTime() - started < budgetNanos)) {
            long c0 = cpuClock ? threads.getCurrentThreadCpuTime() : 0;
            long t0 = System.nanoTime();
            painter.accept(canvas);
            times[n] = (System.nanoTime() - t0) / 1e6;
            cpu[n++] = cpuClock ? (threads.getCurrentThreadCpuTime() - c0) / 1e6 : Double.NaN;
        }
        double[] sorted = Arrays.copyOf(times, n);
        Arrays.sort(sorted);
        double[] cpuSorted = Arrays.copyOf(cpu, n);
        Arrays.sort(cpuSorted);
        return new FrameResult(painterName, surfaceName, events, n, percentile(sorted, 0.5),
                percentile(sorted, 0.95), sorted[n - 1], percentile(cpuSorted, 0.5));
    }

    private static double percentile(double[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
