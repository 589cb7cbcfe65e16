package org.annalist.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annalist.task.Progress;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How fast a big folder loads: a cheap floor in the default build, the 10,000-article run on demand. */
class CorpusLoadSpeedTest {

    @TempDir
    Path dir;

    /** Writes {@code n} articles of sample size, a third each as .txt with URL line, .txt with sidecar, .html. */
    private void writeArticles(int n) throws Exception {
        String body = Files.readString(Path.of("samples/002_51ea97ab3d71d6b1.txt"));
        for (int i = 0; i < n; i++) {
            Path sub = Files.createDirectories(dir.resolve("batch" + (i / 1000)));
            String name = String.format("a%05d", i);
            switch (i % 3) {
                case 0 -> Files.writeString(sub.resolve(name + ".txt"),
                        "https://news.example.org/2016/10/" + (1 + i % 28) + "/story-" + i + "\n" + body);
                case 1 -> {
                    Files.writeString(sub.resolve(name + ".txt"), "Story " + i + "\n\n" + body);
                    Files.writeString(sub.resolve(name + ".meta.json"), "{\"published\": \"2016-10-10\"}");
                }
                default -> Files.writeString(sub.resolve(name + ".html"), "<html><head><meta property=\"article:published_time\" "
                        + "content=\"2016-10-10\"><title>Story</title></head><body><article><p>"
                        + body.replace("\n\n", "</p><p>") + "</p></article></body></html>");
            }
        }
    }

    private long millisToRead(int n) {
        long start = System.nanoTime();
        Corpus c = new CorpusReader(FileSizeLimit.DEFAULT).read(List.of(dir), Progress.NONE);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(c.articles()).hasSize(n);
        assertThat(c.problems()).isEmpty();
        assertThat(c.articles()).allSatisfy(a -> assertThat(a.excluded()).isNotEmpty());
        return ms;
    }

    @Test
    void fiveHundredArticlesLoadInAFewSeconds() throws Exception {
        writeArticles(500);

        long ms = millisToRead(500);

        System.out.println("corpus: 500 articles read in " + ms + " ms");
        // generous, the build machine is shared: this catches order-of-magnitude slips (a quadratic rule), not noise
        assertThat(ms).isLessThan(25_000);
    }

    @Test
    @Tag("evaluation")
    void tenThousandArticles() throws Exception {
        writeArticles(10_000);
        millisToRead(10_000);

        long ms = millisToRead(10_000);

        System.out.println("corpus: 10,000 articles (txt, txt+sidecar, html; ~10 KB each) read in " + ms + " ms, "
                + Runtime.getRuntime().availableProcessors() + " cores");
        assertThat(ms).isLessThan(30_000);
    }
}
