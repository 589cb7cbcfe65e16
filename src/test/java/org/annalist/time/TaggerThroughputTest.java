package org.annalist.time;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the JMH throughput benchmark and prints plain-text MB/s per core ({@code mvn verify -Pevaluation}).
 * JMH measures wall time, which on a shared machine counts other jobs' time too; so the same pass
 * is also timed in thread CPU time, and the load average is printed beside both.
 */
class TaggerThroughputTest {

    @Test
    @Tag("evaluation")
    void printsThroughputPerCore() throws Exception {
        assumeTrue(Files.isDirectory(TempEvalCorpus.folder()), "no TempEval-3 data");
        long bytes = 0;
        for (TempEvalCorpus.Document d : TempEvalCorpus.load(TempEvalCorpus.folder())) {
            bytes += d.text().getBytes(StandardCharsets.UTF_8).length;
        }
        Options options = new OptionsBuilder()
                .include(TaggerThroughputBenchmark.class.getName())
                .forks(1).threads(1)
                .warmupIterations(3).warmupTime(org.openjdk.jmh.runner.options.TimeValue.seconds(2))
                .measurementIterations(5).measurementTime(org.openjdk.jmh.runner.options.TimeValue.seconds(2))
                .jvmArgsAppend("-Dannalist.shared=" + System.getProperty("annalist.shared", "../shared"))
                .build();
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        int cores = Runtime.getRuntime().availableProcessors();
        for (RunResult r : new Runner(options).run()) {
            double msPerPass = r.getPrimaryResult().getScore();
            double mbPerSecond = bytes / 1e6 / (msPerPass / 1000);
            System.out.printf("time tagger (JMH, wall time): %.2f MB of plain text in %.1f ms per pass = %.1f MB/s per core"
                    + " (1 thread; %d cores, load average %.1f before the run)%n", bytes / 1e6, msPerPass, mbPerSecond, cores, load);
        }
        System.out.printf("time tagger (thread CPU time): %.1f MB/s per core%n", cpuThroughput(bytes));
    }

    /** Best of five passes, in thread CPU time, after warming up. */
    private static double cpuThroughput(long bytes) throws Exception {
        var docs = TempEvalCorpus.load(TempEvalCorpus.folder());
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        TimeTagger tagger = TimeTagger.standard();
        double best = 0;
        for (int pass = 0; pass < 15; pass++) {
            long start = threads.getCurrentThreadCpuTime();
            for (TempEvalCorpus.Document d : docs) {
                tagger.tag(d.text(), d.dct());
            }
            double seconds = (threads.getCurrentThreadCpuTime() - start) / 1e9;
            if (pass >= 10) {
                best = Math.max(best, bytes / 1e6 / seconds);
            }
        }
        return best;
    }
}
