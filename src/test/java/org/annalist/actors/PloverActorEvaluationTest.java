package org.annalist.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import org.annalist.events.PloverSplit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class PloverActorEvaluationTest {

    @Test
    @Tag("evaluation")
    void reportsActorRecallAndPrecisionOnPloverDev() throws Exception {
        assumeTrue(Files.exists(PloverActorScore.records()), "shared PLOVER data absent");
        PloverActorScore score = PloverActorScore.run(CatalogActorRecognizer.standard(), ActorCatalog.standard(),
                PloverActorScore.records());
        System.out.println(score.summary());
        score.misses().forEach(m -> System.out.println("  miss " + m));
        score.extras().forEach(m -> System.out.println("  extra " + m));
        assertThat(score.sources()).isPositive();
        for (PloverSplit half : new PloverSplit[] {PloverSplit.TUNE, PloverSplit.VALIDATION}) {
            System.out.println(half + " " + PloverActorScore.run(CatalogActorRecognizer.standard(), ActorCatalog.standard(),
                    PloverActorScore.records(), half).summary());
        }
    }

    /** Cheap floor in the default build: catches regressions of the catalog or the matcher. */
    @Test
    void ploverDevActorRecallStaysAboveFloor() throws Exception {
        assumeTrue(Files.exists(PloverActorScore.records()), "shared PLOVER data absent");
        PloverActorScore score = PloverActorScore.run(CatalogActorRecognizer.standard(), ActorCatalog.standard(),
                PloverActorScore.records());
        assertThat(score.sourceRecall()).as(score.summary()).isGreaterThan(0.9);
        assertThat(score.targetRecall()).as(score.summary()).isGreaterThan(0.9);
        assertThat(score.precision()).as(score.summary()).isGreaterThan(0.75);
    }
}
