package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annalist.analysis.Analysis;
import org.annalist.analysis.Analyzer;
import org.annalist.corpus.CorpusReader;
import org.annalist.task.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole pipeline on samples/ against the acts a careful reader puts on the timeline. */
class SamplesExtractionTest {

    /** Expected events recovered by the standard pipeline; raise when the extractor improves. */
    private static final int FLOOR = 30;

    private static Analysis analysis;
    private static SampleExpectations expectations;

    @BeforeAll
    static void analyse() throws Exception {
        List<Path> paths;
        try (var files = Files.list(Path.of("samples"))) {
            paths = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        analysis = Analyzer.standard().analyze(new CorpusReader().read(paths, Progress.NONE), Progress.NONE);
        expectations = SampleExpectations.load();
    }

    @Test
    void recoversTheActsAReaderWouldPutOnTheTimeline() {
        List<SampleExpectations.Expected> found = expectations.recovered(analysis.events());
        System.out.printf("samples: %d of %d expected events recovered (%d events extracted)%n",
                found.size(), expectations.expected().size(), analysis.events().size());
        expectations.expected().stream().filter(x -> !found.contains(x))
                .forEach(x -> System.out.println("  missed: " + x.article().substring(0, 3) + " " + x.what()));
        assertThat(found.size()).isGreaterThanOrEqualTo(FLOOR);
    }

    @Test
    void theGraphJoinsEveryPairOfFocusActorsThatTheTextsRelate() {
        // all from general rules; Russia-UN from "Russian U.N. Ambassador Vitaly Churkin said ... Moscow
        // was engaged in discussions": the envoy's state consults at the organisation it is accredited to
        assertThat(analysis.graph().edges()).extracting(e -> e.source() + "-" + e.target())
                .contains("france-russia", "france-united-states", "france-united-nations", "france-turkey",
                        "russia-united-states", "russia-turkey", "russia-united-nations");
    }

    @Test
    void theBoilerplateHeadlinesYieldNoEvent() {
        assertThat(analysis.events()).flatExtracting(Event::passages)
                .filteredOn(p -> p.articleId().equals(expectations.boilerplateArticle()))
                .allSatisfy(p -> assertThat(p.span().end()).isLessThanOrEqualTo(expectations.boilerplateFrom()));
    }

    @Test
    void everyPassageIsTheExactTextAtItsOffsets() {
        assertThat(analysis.events()).isNotEmpty();
        for (Event e : analysis.events()) {
            for (Passage p : e.passages()) {
                String text = analysis.article(p.articleId()).orElseThrow().text();
                assertThat(p.span().of(text)).isEqualTo(p.text());
            }
        }
    }

    @Test
    void idsRunInDateOrderWithUndatedLast() {
        List<Event> events = analysis.events();
        for (int i = 0; i < events.size(); i++) {
            assertThat(events.get(i).id()).isEqualTo("e" + (i + 1));
        }
        boolean seenUndated = false;
        for (int i = 0; i < events.size(); i++) {
            seenUndated |= !events.get(i).isDated();
            assertThat(seenUndated && events.get(i).isDated()).isFalse();
            if (i > 0 && events.get(i).isDated() && events.get(i - 1).isDated()) {
                assertThat(events.get(i).date().start()).isAfterOrEqualTo(events.get(i - 1).date().start());
            }
        }
    }
}
