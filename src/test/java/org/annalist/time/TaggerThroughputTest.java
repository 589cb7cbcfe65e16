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

/** Runs the JMH throughput benchmark and prints plain-text MB/s per core ({@code mvn verify -Pevaluation}). */
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
        for (RunResult r : new Runner(options).run()) {
            double msPerPass = r.getPrimaryResult().getScore();
            double mbPerSecond = bytes / 1e6 / (msPerPass / 1000);
            System.out.printf("time tagger: %.1f MB of plain text in %.1f ms per pass = %.1f MB/s per core (1 thread)%n",
                    bytes / 1e6, msPerPass, mbPerSecond);
        }
    }
}
