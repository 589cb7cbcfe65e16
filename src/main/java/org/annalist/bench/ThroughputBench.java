package org.annalist.bench;

import java.nio.file.Path;
import java.util.List;
import org.annalist.analysis.Analysis;
import org.annalist.analysis.Analyzer;
import org.annalist.corpus.Corpus;
import org.annalist.corpus.CorpusReader;
import org.annalist.task.Progress;

/** Times reading a written corpus folder and running the full extraction on it, and its heap. */
public final class ThroughputBench {

    private final Analyzer analyzer;

    public ThroughputBench(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    public ThroughputResult run(BenchCorpus.Written corpus) {
        try (HeapSampler heap = HeapSampler.start(5)) {
            long cpu0 = processCpuNanos();
            long t0 = System.nanoTime();
            Corpus read = new CorpusReader().read(List.of(corpus.folder()), Progress.NONE);
            long t1 = System.nanoTime();
            Analysis analysis = analyzer.analyze(read, Progress.NONE);
            long t2 = System.nanoTime();
            long cpu = processCpuNanos() - cpu0;
            long peak = heap.peakUsed();
            long live = heap.liveAfterGc();
            // Keeps the analysis reachable until the live set is measured.
            int events = analysis.events().size();
            return new ThroughputResult(read.articles().size(), corpus.textBytes(), t1 - t0, t2 - t1,
                    cpu, events, peak, live);
        }
    }

    /** CPU time of this process, or 0 where the JVM does not tell. */
    static long processCpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? Math.max(0, sun.getProcessCpuTime()) : 0;
    }

    /** Writes a corpus of {@code n} articles under {@code parent}, measures it, deletes it. */
    public ThroughputResult run(Path parent, int n, List<SourceText> sources) throws java.io.IOException {
        Path folder = parent.resolve("corpus-" + n);
        BenchCorpus.Written written = BenchCorpus.write(folder, n, sources);
        try {
            return run(written);
        } finally {
            BenchCorpus.delete(folder);
        }
    }
}
