package org.annalist.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.annalist.analysis.Analysis;
import org.annalist.analysis.Analyzer;
import org.annalist.export.AwtCanvas2D;

/**
 * Runs the whole benchmark and prints a report as it goes: machine, reading + extraction per
 * corpus size (with heap), timeline frames per event count, first frame, and the targets.
 */
public final class BenchRun {

    private static final int FRAME_WIDTH = 1600;
    private static final int FRAME_HEIGHT = 900;

    private final BenchOptions options;
    private final PrintWriter out;

    public BenchRun(BenchOptions options, PrintWriter out) {
        this.options = options;
        this.out = out;
    }

    /** Everything measured, for the caller's checks. */
    public record Results(MachineInfo machine, List<ThroughputResult> throughput, List<FrameResult> frames,
                          FirstFrameResult firstFrame) {
    }

    public Results run() throws IOException {
        MachineInfo machine = MachineInfo.current();
        out.println(BenchReport.machine(machine));
        List<ThroughputResult> throughput = throughput();
        List<FrameResult> frames = frames();
        FirstFrameResult first = options.firstFrame()
                ? new FirstFrameProbe(60_000).measure(List.of(options.samples()))
                : FirstFrameResult.skipped("not asked for");
        out.println(BenchReport.firstFrame(first));
        Results results = new Results(machine, throughput, frames, first);
        out.println();
        BenchReport.targets(results).forEach(out::println);
        out.flush();
        return results;
    }

    private List<ThroughputResult> throughput() throws IOException {
        List<ThroughputResult> results = new ArrayList<>();
        if (options.articleCounts().isEmpty()) {
            return results;
        }
        List<SourceText> sources = SourceTexts.load(options.shared(), options.samples());
        long t0 = System.nanoTime();
        Analyzer analyzer = Analyzer.standard();
        double setupMs = (System.nanoTime() - t0) / 1e6;
        out.printf("corpus: %d real texts (TempEval-3 when %s/data/tempeval3-train exists, else samples), "
                + "copied round-robin, each copy dated 29 days later; written as .txt + .meta.json under %s%n",
                sources.size(), options.shared(), options.workFolder());
        out.printf("pipeline set-up (Analyzer.standard: rules loaded and compiled): %.0f ms, not counted below%n", setupMs);
        out.println(BenchReport.THROUGHPUT_HEADER);
        out.flush();
        ThroughputBench bench = new ThroughputBench(analyzer);
        for (int n : options.articleCounts()) {
            ThroughputResult r = bench.run(options.workFolder(), n, sources);
            results.add(r);
            out.println(BenchReport.throughput(r));
            out.flush();
        }
        out.println("  heap: peak = highest used heap sampled every 5 ms (MemoryMXBean, garbage included);"
                + " live = used heap after System.gc() with the analysis held;"
                + " cpu = process CPU time (all threads, GC included)");
        out.println("  part-of-speech tagging: " + org.annalist.text.PosTagger.standard().cacheStatistics()
                + " (all runs of this process)");
        return results;
    }

    private List<FrameResult> frames() {
        List<FrameResult> results = new ArrayList<>();
        if (options.eventCounts().isEmpty()) {
            return results;
        }
        out.println();
        out.printf("timeline frames, %dx%d, synthetic analysis over 3 years, all events in view:%n"
                + "  window  = one pan/zoom frame of the window (lanes, mark layout + clustering, axis, marks)%n"
                + "  picture = the exported picture (TimelineRenderer.render, lane index included)%n"
                + "  no-op counts calls only (painter cost); Java2D rasterises with antialiasing (export.AwtCanvas2D)%n",
                FRAME_WIDTH, FRAME_HEIGHT);
        out.println(BenchReport.FRAME_HEADER);
        FrameBench bench = new FrameBench(5, 30, 3_000);
        for (int n : options.eventCounts()) {
            Analysis analysis = SyntheticAnalysis.generate(n, 3 * 365, 42);
            var window = TimelineFrames.window(analysis, FRAME_WIDTH, FRAME_HEIGHT);
            var picture = TimelineFrames.picture(analysis);
            for (FrameResult r : List.of(
                    bench.run("window", "no-op", n, window, () -> new NoopCanvas(FRAME_WIDTH, FRAME_HEIGHT)),
                    bench.run("window", "Java2D", n, window, () -> new AwtCanvas2D(FRAME_WIDTH, FRAME_HEIGHT, 1)),
                    bench.run("picture", "Java2D", n, picture, () -> new AwtCanvas2D(FRAME_WIDTH, FRAME_HEIGHT, 1)))) {
                results.add(r);
                out.println(BenchReport.frame(r));
                out.flush();
            }
            out.printf(java.util.Locale.ROOT, "  %9d  lane index rebuilt on a filter change: %.1f ms%n",
                    n, TimelineFrames.indexMillis(analysis));
        }
        return results;
    }
}
