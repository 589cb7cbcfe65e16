package org.annalist.keydates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.annalist.analysis.Analysis;
import org.annalist.analysis.Analyzer;
import org.annalist.corpus.CorpusReader;
import org.annalist.task.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyDateRankerTest {

    @TempDir
    static Path dir;

    private static Analysis analysis;

    @BeforeAll
    static void analyse() throws Exception {
        analysis = Analyzer.standard().analyze(new CorpusReader().read(List.of(SmallCorpus.write(dir)), Progress.NONE),
                Progress.NONE);
    }

    @Test
    void aDayLaterArticlesKeepRecallingOutranksABusyDayOfStatements() {
        List<KeyDate> dates = KeyDateRanker.standard().rank(analysis);

        assertThat(dates.get(0).date()).isEqualTo(LocalDate.of(2011, 3, 19));
        assertThat(dates).extracting(KeyDate::date).contains(LocalDate.of(2011, 3, 25));
        assertThat(dates.get(0).score()).isEqualTo(1.0);
        assertThat(dates).extracting(KeyDate::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void theKeyDayCountsEveryArticleThatRecallsItAndListsItsEvents() {
        KeyDate first = KeyDateRanker.standard().rank(analysis, 1).get(0);

        assertThat(first.articles()).isEqualTo(5);
        assertThat(first.events()).isNotEmpty()
                .allSatisfy(id -> assertThat(analysis.event(id).orElseThrow().date().start()).isEqualTo(first.date()));
    }

    @Test
    void theSummaryIsTheSentenceMostArticlesUseWithWhoAndWhat() {
        String summary = KeyDateRanker.standard().rank(analysis, 1).get(0).summary();

        assertThat(summary).contains("French jets struck").contains("Benghazi").endsWith(".");
    }

    @Test
    void topKeepsTheBestDaysOnly() {
        assertThat(KeyDateRanker.standard().rank(analysis, 2)).hasSize(2)
                .isEqualTo(KeyDateRanker.standard().rank(analysis).subList(0, 2));
    }

    @Test
    void removingTheRecallEvidenceChangesTheOrder() {
        KeyDateWeights onlyVolume = KeyDateWeights.standard();
        for (Evidence e : Evidence.values()) {
            onlyVolume = onlyVolume.with(e, e == Evidence.PUBLICATIONS ? 1 : 0);
        }

        assertThat(new KeyDateRanker(onlyVolume).rank(analysis, 1).get(0).date()).isEqualTo(LocalDate.of(2011, 3, 25));
    }
}
