package org.annalist.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.annalist.task.Progress;
import org.annalist.text.Span;
import org.junit.jupiter.api.Test;

/**
 * Pages written in the outlets' styles (CNN blog and ticker comments, video boxes, Reuters comments
 * and related news, BBC "Have your say", Sputnik short URLs, captions, share prompts, tweet feeds,
 * web pages with related lists and comments, story highlights above a dateline, a transcript header, a blog index): every line listed as furniture in {@code expected.tsv}
 * lies in an excluded range, every line listed as story does not.
 */
class WrittenFurniturePagesTest {

    static Path folder() throws URISyntaxException {
        return Path.of(WrittenFurniturePagesTest.class.getResource("furniture").toURI());
    }

    @Test
    void furnitureIsExcludedAndTheStoryKept() throws Exception {
        Map<String, Article> byId = new CorpusReader().read(List.of(folder()), Progress.NONE).articles().stream()
                .collect(Collectors.toMap(Article::id, Function.identity()));
        List<String> wrong = new ArrayList<>();
        int rows = 0;
        for (String line : Files.readAllLines(folder().resolve("expected.tsv"))) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            Article a = byId.get(f[0]);
            assertThat(a).as(f[0]).isNotNull();
            int at = a.text().indexOf(f[2]);
            assertThat(at).as(f[0] + ": '" + f[2] + "' in the text").isNotNegative();
            boolean excluded = a.isExcluded(new Span(at, at + f[2].length()));
            if (excluded != f[1].equals("furniture")) {
                wrong.add(f[0] + ": " + f[1] + " '" + f[2] + "' is " + (excluded ? "" : "not ") + "excluded");
            }
            rows++;
        }
        assertThat(rows).isGreaterThanOrEqualTo(66);
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyWrittenPageHasItsFurnitureFound() throws IOException, URISyntaxException {
        List<Article> pages = new CorpusReader().read(List.of(folder()), Progress.NONE).articles();

        assertThat(pages).hasSize(19).allSatisfy(a -> assertThat(a.excluded()).as(a.id()).isNotEmpty());
    }
}
