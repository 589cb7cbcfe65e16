package org.annalist.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.annalist.task.Progress;

/** Test fixtures under src/test/resources/org/annalist/corpus and one-line loads of them. */
final class Fixtures {

    private Fixtures() {
    }

    static Path path(String relative) {
        try {
            return Path.of(Fixtures.class.getResource(relative).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no fixture " + relative, e);
        }
    }

    static Corpus read(Path... inputs) {
        return new CorpusReader(FileSizeLimit.DEFAULT).read(List.of(inputs), Progress.NONE);
    }

    /** The single article of a fixture that must load without problems. */
    static Article article(String relative) {
        Corpus c = read(path(relative));
        assertThat(c.problems()).as("problems of " + relative).isEmpty();
        assertThat(c.articles()).hasSize(1);
        return c.articles().get(0);
    }

    static String excludedText(Article a) {
        return a.excluded().stream().map(r -> r.span().of(a.text())).reduce("", (x, y) -> x + "[" + y + "]");
    }
}
