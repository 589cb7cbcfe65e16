package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import org.annalist.analysis.Analyzer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Source/target/category figures of the whole pipeline on the PLOVER development sentences,
 * per half of the fixed split ({@link PloverSplit}): rules are tuned on TUNE only, and the
 * figures that count are those of VALIDATION. Only the tune half's misses are printed.
 */
class PloverEvaluationTest {

    @Test
    @Tag("evaluation")
    void printsTheFigures() throws Exception {
        assumeTrue(Files.exists(PloverEventScore.data()), "shared PLOVER data absent");
        Analyzer analyzer = Analyzer.standard();
        PloverEventScore tune = PloverEventScore.run(analyzer, PloverEventScore.data(), PloverSplit.TUNE);
        tune.notes().forEach(System.out::println);
        System.out.println(tune.summary());
        System.out.println(PloverEventScore.run(analyzer, PloverEventScore.data(), PloverSplit.VALIDATION).summary());
    }

    /** A cheap regression floor in the default build on the half not tuned on (80 sentences, well under a second). */
    @Test
    void staysAboveTheFloor() throws Exception {
        assumeTrue(Files.exists(PloverEventScore.data()), "shared PLOVER data absent");
        PloverEventScore score = PloverEventScore.run(Analyzer.standard(), PloverEventScore.data(), PloverSplit.VALIDATION);
        assertThat(score.categoryAccuracy()).as(score.summary()).isGreaterThanOrEqualTo(0.75);
        assertThat(score.sourcePrecision()).as(score.summary()).isGreaterThanOrEqualTo(0.75);
        assertThat(score.sourceRecall()).as(score.summary()).isGreaterThanOrEqualTo(0.60);
        assertThat(score.targetPrecision()).as(score.summary()).isGreaterThanOrEqualTo(0.75);
        assertThat(score.targetRecall()).as(score.summary()).isGreaterThanOrEqualTo(0.45);
    }
}
