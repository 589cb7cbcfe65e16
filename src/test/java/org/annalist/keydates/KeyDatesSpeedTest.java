package org.annalist.keydates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
        long[] ms = new long[7];
        int days = 0;
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            days = KeyDateRanker.standard().rank(analysis).size();
            ms[i] = (System.nanoTime() - t) / 1_000_000;
        }
        long first = ms[0];
        Arrays.sort(ms);
        System.out.printf("keydates: %d articles, %d days ranked and summarised: first run %d ms, median %d ms%n",
                analysis.articles().size(), days, first, ms[ms.length / 2]);
        assertThat(analysis.articles()).hasSizeGreaterThan(1000);
        assertThat(first).isLessThan(2000);
    }
}
