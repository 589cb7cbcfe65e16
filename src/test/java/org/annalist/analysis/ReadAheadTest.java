package org.annalist.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annalist.corpus.Article;
import org.annalist.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app reads its inputs while the window is built; the first open of those inputs takes that read. */
class ReadAheadTest {

    @TempDir
    Path dir;

    private final AnalysisSession session = new AnalysisSession(Analyzer.standard());

    private Path folder(String name, String text) throws IOException {
        Path f = Files.createDirectories(dir.resolve(name));
        Files.writeString(f.resolve("story.txt"), text);
        return f;
    }

    private static void readAheadAndWait(List<Path> inputs) {
        AnalysisSession.readAhead(inputs);
        ReadAhead.pending().join();
    }

    @Test
    void theFirstOpenOfTheSameInputsTakesWhatWasReadAhead() throws IOException {
        Path a = folder("a", "Russia accused Turkey of war crimes on Monday.");
        readAheadAndWait(List.of(a));
        Files.delete(a.resolve("story.txt")); // only the read done ahead still has it
        Analysis opened = session.open(List.of(a), Progress.NONE);
        assertThat(opened.articles()).extracting(Article::text).containsExactly("Russia accused Turkey of war crimes on Monday.");
        assertThat(ReadAhead.pending()).isNull();
        assertThat(session.open(List.of(a), Progress.NONE).articles()).isEmpty(); // taken once: the next open reads again
    }

    @Test
    void openingOtherInputsDropsTheReadAhead() throws IOException {
        Path a = folder("a", "France urged Russia to join talks.");
        Path b = folder("b", "Egypt hosted talks on Gaza.");
        readAheadAndWait(List.of(a));
        assertThat(session.open(List.of(b), Progress.NONE).articles()).extracting(Article::text)
                .containsExactly("Egypt hosted talks on Gaza.");
        Files.delete(a.resolve("story.txt"));
        assertThat(session.open(List.of(a), Progress.NONE).articles()).isEmpty();
    }
}
