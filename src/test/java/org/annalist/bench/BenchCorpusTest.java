package org.annalist.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.annalist.corpus.Article;
import org.annalist.corpus.Corpus;
import org.annalist.corpus.CorpusReader;
import org.annalist.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCorpusTest {

    private final List<SourceText> sources = List.of(
            new SourceText("First", "Paris said on Monday it would talk.", LocalDate.of(2016, 10, 5)),
            new SourceText("Second", "Moscow rejected the plan.", LocalDate.of(2018, 2, 9)));

    @Test
    void writesArticlesTheReaderLoadsWithSpreadDates(@TempDir Path dir) throws IOException {
        BenchCorpus.Written written = BenchCorpus.write(dir.resolve("c"), 5, sources);

        Corpus corpus = new CorpusReader().read(List.of(written.folder()), Progress.NONE);

        assertThat(corpus.problems()).isEmpty();
        assertThat(corpus.articles()).hasSize(5);
        assertThat(corpus.articles()).extracting(a -> a.published().date()).containsExactly(
                LocalDate.of(2016, 10, 5), LocalDate.of(2018, 2, 9),
                LocalDate.of(2016, 11, 3), LocalDate.of(2018, 3, 10),
                LocalDate.of(2016, 12, 2));
        assertThat(corpus.articles()).extracting(Article::text).startsWith(
                "Paris said on Monday it would talk.", "Moscow rejected the plan.");
        assertThat(written.textBytes()).isEqualTo(3 * 35 + 2 * 25);
    }

    @Test
    void deleteRemovesTheWholeFolder(@TempDir Path dir) throws IOException {
        BenchCorpus.Written written = BenchCorpus.write(dir.resolve("c"), 3, sources);

        BenchCorpus.delete(written.folder());

        assertThat(Files.exists(written.folder())).isFalse();
    }
}
