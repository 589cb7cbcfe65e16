package org.annalist.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Formats benchmark figures and checks them against the project's targets. */
public final class BenchReport {

    static final String THROUGHPUT_HEADER =
            "  articles     MB   read s  analyse s  total s  cpu s  articles/s   MB/s   events  peak heap  live heap";
    static final String FRAME_HEADER = "     events  frame    surface  frames  median ms  p95 ms  max ms  cpu median ms";

    /** Target: 10,000 articles read and analysed within this many seconds. */
    public static final double CORPUS_SECONDS = 20;
    public static final int CORPUS_ARTICLES = 10_000;
    public static final long HEAP_BYTES = 1L << 30;
    public static final double FRAME_MS = 16;
    public static final int FRAME_EVENTS = 100_000;
    public static final double FIRST_FRAME_MS = 3_000;

    private BenchReport() {
    }

    static String machine(MachineInfo m) {
        return String.format(Locale.ROOT, "machine: %d cores, %s, %s, max heap %s, GC %s",
                m.cores(), m.os(), m.jvm(), mb(m.maxHeapBytes()), m.collectors());
    }

    static String throughput(ThroughputResult r) {
        return String.format(Locale.ROOT, "  %8d %6.1f %8.2f %10.2f %8.2f %6.1f %11.0f %6.2f %8d %10s %10s",
                r.articles(), r.textBytes() / 1e6, r.readNanos() / 1e9, r.analyzeNanos() / 1e9,
                r.totalSeconds(), r.cpuNanos() / 1e9, r.articlesPerSecond(), r.megabytesPerSecond(), r.events(),
                mb(r.peakHeapBytes()), mb(r.liveHeapBytes()));
    }

    static String frame(FrameResult r) {
        return String.format(Locale.ROOT, "  %9d  %-8s %-8s %6d %10.2f %7.2f %7.2f %14.2f",
                r.events(), r.painter(), r.surface(), r.frames(), r.medianMs(), r.p95Ms(), r.maxMs(), r.cpuMedianMs());
    }

    static String firstFrame(FirstFrameResult r) {
        return r.measured()
                ? String.format(Locale.ROOT, "%nfirst frame: %.0f ms from process start (child JVM uptime %.0f ms); %s",
                        r.wallMs(), r.uptimeMs(), r.note())
                : String.format("%nfirst frame: not measured (%s)", r.note());
    }

    /** One line per target: MET, MISSED, or not measured at the target's size. */
    public static List<String> targets(BenchRun.Results results) {
        List<String> lines = new ArrayList<>();
        lines.add("targets:");
        results.throughput().stream().filter(r -> r.articles() >= CORPUS_ARTICLES)
                .max(Comparator.comparingInt(ThroughputResult::articles))
                .ifPresentOrElse(r -> {
                    lines.add(verdict(r.totalSeconds() < CORPUS_SECONDS, String.format(Locale.ROOT,
                            "%d articles loaded + analysed in %.1f s wall, %.1f s CPU over %d cores (target < %.0f s)",
                            r.articles(), r.totalSeconds(), r.cpuNanos() / 1e9, results.machine().cores(),
                            CORPUS_SECONDS)));
                    lines.add(verdict(r.peakHeapBytes() < HEAP_BYTES, String.format(Locale.ROOT,
                            "peak heap %s, live %s (target < 1 GB; a hard check is a run with -Xmx1g)",
                            mb(r.peakHeapBytes()), mb(r.liveHeapBytes()))));
                }, () -> lines.add("  -      corpus and heap targets need --articles " + CORPUS_ARTICLES));
        frameAt(results, "no-op").ifPresentOrElse(r -> lines.add(verdict(r.medianMs() < FRAME_MS, String.format(
                Locale.ROOT, "%d-event window frame, painter work (UI thread): median %.1f ms wall, %.1f ms CPU"
                        + " (target < %.0f ms)", r.events(), r.medianMs(), r.cpuMedianMs(), FRAME_MS))),
                () -> lines.add("  -      frame target needs --events " + FRAME_EVENTS));
        frameAt(results, "Java2D").ifPresent(r -> lines.add(verdict(r.medianMs() < FRAME_MS, String.format(
                Locale.ROOT, "%d-event window frame rasterised on the CPU (Java2D): median %.1f ms wall, %.1f ms CPU"
                        + " (the window rasterises on its render thread, on the GPU where there is one)",
                r.events(), r.medianMs(), r.cpuMedianMs()))));
        FirstFrameResult first = results.firstFrame();
        lines.add(first.measured()
                ? verdict(first.wallMs() < FIRST_FRAME_MS, String.format(Locale.ROOT,
                        "first frame %.0f ms (target < %.0f ms)", first.wallMs(), FIRST_FRAME_MS))
                : "  -      first frame not measured");
        return lines;
    }

    private static java.util.Optional<FrameResult> frameAt(BenchRun.Results results, String surface) {
        return results.frames().stream()
                .filter(r -> r.events() >= FRAME_EVENTS && r.painter().equals("window") && r.surface().equals(surface))
                .findFirst();
    }

    private static String verdict(boolean met, String what) {
        return (met ? "  MET    " : "  MISSED ") + what;
    }

    static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / 1048576.0);
    }
}
