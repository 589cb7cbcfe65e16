package org.annalist.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annalist.corpus.Article;
import org.annalist.corpus.CorpusReader;
import org.annalist.events.EventType;
import org.annalist.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Page furniture glued to the story's first sentence (a highlights box running into the dateline) gives
 * no events and no actor mentions, while the story's own part of that sentence keeps its act.
 */
class PageFurnitureEventsTest {

    @Test
    void highlightsAboveTheDatelineGiveNothingAndTheLeadKeepsItsAct(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("story.txt"), "By the CNN Wire Staff NEW: Russia warns Turkey over the border "
                + "Talks stall in the capital Ankara, Turkey (CNN) -- France condemned the bombing of Aleppo on Monday.\n"
                + "The French foreign minister spoke in Paris.\n");

        Analysis analysis = Analyzer.standard().analyze(new CorpusReader().read(List.of(dir), Progress.NONE), Progress.NONE);
        Article a = analysis.articles().get(0);

        assertThat(analysis.events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.ACCUSE);
            assertThat(e.source()).containsExactly("france");
            assertThat(a.isExcluded(e.passages().get(0).span())).isFalse();
            assertThat(e.passages().get(0).text()).startsWith("Ankara, Turkey (CNN) -- France condemned");
        });
        assertThat(analysis.actors()).extracting(s -> s.actor().id()).doesNotContain("russia");
    }
}
