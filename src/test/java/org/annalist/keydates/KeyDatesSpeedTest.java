package org.annalist.keydates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.annalist.analysis.Analysis;
import org.annalist.analysis.Analyzer;
import org.annalist.corpus.CorpusReader;
import org.annalist.task.Progress;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ranking and summarising every day of news-dev's 1,050 articles (both topics in one corpus), after analysis. */
@Tag("evaluation")
class KeyDatesSpeedTest {

    @TempDir
    Path dir;

    @Test
    void aThousandArticlesRankTheirDaysInUnderTwoSeconds() throws Exception {
        assumeTrue(Topic.available(), "news-dev data not found");
        for (String topic : List.of("libya", "egypt")) { // distinct file names keep article ids apart
            Files.copy(Topic.NEWS_DEV.resolve(topic).resolve("articles.jsonl"), dir.resolve(topic + ".jsonl"));
        }
        Analysis analysis = Analyzer.standard().analyze(new CorpusReader().read(List.of(dir), Progress.NONE), Progress.NONE);
        // CPU time of the ranking thread (the work is single-threaded): on a shared, loaded machine the
        // wall time mostly measures the other processes; both are printed.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] wall = new long[7];
        long[] cpu = new long[7];
        int days = 0;
        for (int i = 0; i < wall.length; i++) {
            long t = System.nanoTime();
            long c = threads.getCurrentThreadCpuTime();
            days = KeyDateRanker.standard().rank(analysis).size();
            cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1_000_000;
            wall[i] = (System.nanoTime() - t) / 1_000_000;
        }
        long firstCpu = cpu[0];
        long firstWall = wall[0];
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf("keydates: %d articles, %d days ranked and summarised: first run %d ms CPU (%d ms wall), "
                + "median %d ms CPU (%d ms wall)%n", analysis.articles().size(), days, firstCpu, firstWall,
                cpu[cpu.length / 2], wall[wall.length / 2]);
        assertThat(analysis.articles()).hasSizeGreaterThan(1000);
        assertThat(firstCpu).isLessThan(2000);
    }
}
