package org.annalist.bench;

/**
 * Reading + extraction of one corpus.
 *
 * @param articles      articles read
 * @param textBytes     UTF-8 size of their texts
 * @param readNanos     time spent in {@code CorpusReader.read}
 * @param analyzeNanos  time spent in {@code Analyzer.analyze}
 * @param cpuNanos      CPU time of the whole process over reading + analysis (all threads, GC
 *                      included): on a machine shared with other jobs it shows the work done
 *                      when the wall-clock time mostly shows the waiting
 * @param events        events in the resulting analysis
 * @param peakHeapBytes highest used heap sampled during reading + analysis
 * @param liveHeapBytes used heap after a forced full GC with the analysis still held
 */
public record ThroughputResult(int articles, long textBytes, long readNanos, long analyzeNanos,
                               long cpuNanos, int events, long peakHeapBytes, long liveHeapBytes) {

    public double totalSeconds() {
        return (readNanos + analyzeNanos) / 1e9;
    }

    public double articlesPerSecond() {
        return articles / totalSeconds();
    }

    public double megabytesPerSecond() {
        return textBytes / 1e6 / totalSeconds();
    }
}
