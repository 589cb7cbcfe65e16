package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import org.annalist.analysis.Analyzer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Source/target/category figures of the whole pipeline on the PLOVER development sentences. */
class PloverEvaluationTest {

    @Test
    @Tag("evaluation")
    void printsTheFigures() throws Exception {
        assumeTrue(Files.exists(PloverEventScore.data()), "shared PLOVER data absent");
        PloverEventScore score = PloverEventScore.run(Analyzer.standard(), PloverEventScore.data());
        score.notes().forEach(System.out::println);
        System.out.println(score.summary());
    }

    /** A cheap regression floor in the default build (161 sentences, well under a second). */
    @Test
    void staysAboveTheFloor() throws Exception {
        assumeTrue(Files.exists(PloverEventScore.data()), "shared PLOVER data absent");
        PloverEventScore score = PloverEventScore.run(Analyzer.standard(), PloverEventScore.data());
        assertThat(score.categoryAccuracy()).isGreaterThanOrEqualTo(0.75);
        assertThat(score.sourcePrecision()).isGreaterThanOrEqualTo(0.75);
        assertThat(score.sourceRecall()).isGreaterThanOrEqualTo(0.60);
        assertThat(score.targetPrecision()).isGreaterThanOrEqualTo(0.75);
        assertThat(score.targetRecall()).isGreaterThanOrEqualTo(0.45);
    }
}
