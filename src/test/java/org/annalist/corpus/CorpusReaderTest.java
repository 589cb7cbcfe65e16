package org.annalist.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.annalist.task.CancelledException;
import org.annalist.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {

    @TempDir
    Path dir;

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void foldersAreReadRecursivelyInSortedOrderAndOtherFilesAreListedAsSkipped() throws Exception {
        write(dir.resolve("b/zeta.txt"), "Zeta\n\nText one.\n");
        write(dir.resolve("a/beta.jsonl"), "{\"text\": \"Beta one.\"}\n{\"text\": \"Beta two.\"}\n");
        write(dir.resolve("a/alpha.html"), "<html><body><p>Alpha text.</p></body></html>");
        write(dir.resolve("a/alpha.meta.json"), "{\"published\": \"2016-10-01\"}");
        write(dir.resolve("a/orphan.meta.json"), "{\"published\": \"2016-10-01\"}");
        write(dir.resolve("a/notes.docx"), "not read");
        write(dir.resolve("c.json"), "{\"text\": \"Gamma.\"}");
        write(dir.resolve(".hidden.txt"), "Hidden.\n");
        write(dir.resolve(".git/config.txt"), "Hidden folder.\n");

        Corpus c = Fixtures.read(dir);

        assertThat(c.problems()).isEmpty();
        assertThat(c.articles()).extracting(Article::id).containsExactly("alpha", "beta#1", "beta#2", "zeta", "c");
        assertThat(c.articles().get(0).published().note()).isEqualTo("from the sidecar alpha.meta.json");
        assertThat(c.skipped()).containsExactly(dir.resolve("a/notes.docx"), dir.resolve("a/orphan.meta.json"));
    }

    @Test
    void aFileGivenTwiceIsReadOnce() throws Exception {
        write(dir.resolve("one.txt"), "One\n\nText.\n");

        assertThat(Fixtures.read(dir, dir.resolve("one.txt")).articles()).hasSize(1);
    }

    @Test
    void theFixtureFolderMixesEveryFormatAndLoadsInAStableOrder() {
        Corpus first = Fixtures.read(Fixtures.path("text"), Fixtures.path("json"), Fixtures.path("html"));
        Corpus again = Fixtures.read(Fixtures.path("text"), Fixtures.path("json"), Fixtures.path("html"));

        assertThat(first.articles()).extracting(Article::id).isEqualTo(again.articles().stream().map(Article::id).toList())
                .contains("geneva_talks", "single", "array#2", "feed#4", "og_article", "time_element");
        assertThat(first.skipped()).extracting(p -> p.getFileName().toString()).containsExactly("README.md");
    }

    @Test
    void manyFilesReadInParallelKeepTheirSortedOrderAndReportProgressPerFile() throws Exception {
        for (int i = 0; i < 120; i++) {
            write(dir.resolve(String.format("f%03d.txt", i)), "Story " + i + "\n\nSomething happened on Monday.\n");
        }
        List<Long> done = new CopyOnWriteArrayList<>();
        Progress progress = new Progress() {
            @Override
            public void report(long d, long total, String message) {
                assertThat(total).isEqualTo(120);
                done.add(d);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };

        Corpus c = new CorpusReader(FileSizeLimit.DEFAULT).read(List.of(dir), progress);

        assertThat(c.articles()).extracting(Article::id).isSorted().hasSize(120);
        assertThat(done).hasSize(121).contains(0L, 120L);
    }

    @Test
    void cancellingStopsTheLoad() throws Exception {
        for (int i = 0; i < 40; i++) {
            write(dir.resolve("f" + i + ".txt"), "Story\n\nText.\n");
        }
        AtomicInteger reports = new AtomicInteger();
        Progress cancelAfterFive = new Progress() {
            @Override
            public void report(long d, long total, String message) {
                reports.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return reports.get() > 5;
            }
        };

        assertThatThrownBy(() -> new CorpusReader(FileSizeLimit.DEFAULT).read(List.of(dir), cancelAfterFive))
                .isInstanceOf(CancelledException.class);
        assertThat(reports.get()).isLessThan(41);
    }
}
