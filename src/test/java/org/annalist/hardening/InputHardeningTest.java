package org.annalist.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annalist.cli.CliRunner;
import org.annalist.corpus.Article;
import org.annalist.corpus.Corpus;
import org.annalist.corpus.CorpusReader;
import org.annalist.corpus.FileSizeLimit;
import org.annalist.corpus.LoadProblem;
import org.annalist.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** H2, H3, W3-W9, W12, M1, M2, M4, M5 and article ids: bad input files, read as a careless user or an attacker writes them. */
class InputHardeningTest {

    static final String STORY = "France on Monday called for talks with Russia on Syria.\n";

    @TempDir
    Path dir;

    static Corpus read(Path... inputs) {
        return new CorpusReader(FileSizeLimit.DEFAULT).read(List.of(inputs), Progress.NONE);
    }

    @Test
    @Timeout(20)
    void h2HundredThousandNestedDivsAreReadQuickly() throws Exception {
        StringBuilder html = new StringBuilder("<html><head><title>Deep</title></head><body><article>");
        html.append("<div>".repeat(100_000)).append("<time datetime=\"2016-10-06\">6 Oct</time> France called for talks.");
        html.append("</div>".repeat(100_000)).append("</article></body></html>");
        Path page = Files.writeString(dir.resolve("deep.html"), html);
        long t0 = System.nanoTime();
        Corpus c = read(page);
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertThat(seconds).isLessThan(5);
        assertThat(c.articles()).hasSize(1);
        assertThat(c.articles().get(0).text()).contains("France called for talks");
    }

    @Test
    void w3OnlyWebAddressesAreKeptFromSidecarsAndJson() throws Exception {
        Files.writeString(dir.resolve("a.txt"), STORY);
        Files.writeString(dir.resolve("a.meta.json"), "{\"url\": \"javascript:alert(1)\"}");
        Files.writeString(dir.resolve("b.json"), "{\"text\": \"" + STORY.strip() + "\", \"url\": \"file:///etc/passwd\"}");
        Files.writeString(dir.resolve("c.json"), "{\"text\": \"" + STORY.strip() + "\", \"url\": \"https://example.org/x\"}");
        Corpus c = read(dir);
        assertThat(c.articles()).extracting(Article::url).containsExactly(null, null, "https://example.org/x");
    }

    @Test
    void w4OneTruncatedByteDoesNotTurnAUtf8FileIntoWindows1252() throws Exception {
        byte[] text = "Le ministre français a parlé à Moscou.\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(text, text.length + 1);
        bytes[text.length] = (byte) 0xC3; // half of a two-byte character, cut off
        Path f = Files.write(dir.resolve("fr.txt"), bytes);
        Corpus c = read(f);
        assertThat(c.articles()).hasSize(1);
        assertThat(c.articles().get(0).text()).contains("français", "parlé").doesNotContain("Ã");
        assertThat(c.notes()).extracting(LoadProblem::reason).anyMatch(r -> r.contains("not valid UTF-8"));
    }

    @Test
    void w4AWindows1252FileIsStillReadAsWindows1252() throws Exception {
        Path f = Files.write(dir.resolve("old.txt"), "Caf\u00e9 cr\u00e8me, na\u00efve r\u00e9sum\u00e9.\n".getBytes("windows-1252"));
        assertThat(read(f).articles().get(0).text()).contains("Café crème");
    }

    @Test
    void w6JsonWithTrailingGarbageOrADuplicateKeyIsRefused() throws Exception {
        Files.writeString(dir.resolve("trailing.json"), "{\"text\": \"" + STORY.strip() + "\"} {}");
        Files.writeString(dir.resolve("twice.json"), "{\"text\": \"" + STORY.strip() + "\", \"text\": \"Other.\"}");
        Corpus c = read(dir);
        assertThat(c.articles()).isEmpty();
        assertThat(c.problems()).extracting(LoadProblem::reason)
                .anyMatch(r -> r.contains("more text after the JSON value"))
                .anyMatch(r -> r.contains("a key is given twice"));
    }

    @Test
    void w7SignedDatesAndNonTextSourcesAreRefused() throws Exception {
        Files.writeString(dir.resolve("a.txt"), STORY);
        Files.writeString(dir.resolve("a.meta.json"), "{\"published\": \"-2016-10-05\", \"source\": true}");
        Corpus c = read(dir);
        Article a = c.articles().get(0);
        assertThat(a.outlet()).isNull();
        assertThat(a.published().note()).doesNotContain("sidecar");
        assertThat(c.problems()).extracting(LoadProblem::reason)
                .anyMatch(r -> r.contains("\"published\" is not a date"))
                .anyMatch(r -> r.contains("\"source\" is not text"));
    }

    @Test
    void w8AFileOfOnlyNoBreakAndIdeographicSpacesIsEmpty() throws Exception {
        Path f = Files.writeString(dir.resolve("blank.txt"), "\u00a0\u00a0\u3000\u202f\n\u2007");
        Corpus c = read(f);
        assertThat(c.articles()).isEmpty();
        assertThat(c.problems()).extracting(LoadProblem::reason).containsExactly("empty file (only white space)");
    }

    @Test
    void w9CrOnlyLineEndingsKeepTheTitleAndOffsets() throws Exception {
        String mac = "Talks on Syria\r\rFrance on Monday called for talks with Russia.\rRussia rejected the call on Tuesday.\r";
        Path f = Files.writeString(dir.resolve("mac.txt"), mac);
        Article a = read(f).articles().get(0);
        assertThat(a.title()).isEqualTo("Talks on Syria");
        assertThat(a.text()).hasSameSizeAs(mac);
    }

    @Test
    void w12ErrorsNeverQuoteTheFileContent() throws Exception {
        Files.writeString(dir.resolve("a.txt"), STORY);
        Files.writeString(dir.resolve("a.meta.json"), "root:$6$secrethash:19000:0:99999:7:::\n");
        Corpus c = read(dir);
        assertThat(c.problems()).hasSize(1);
        assertThat(c.problems().get(0).message()).doesNotContain("root").doesNotContain("secret");
    }

    @Test
    void m1FileNamesWithControlCharactersAreEscapedOnOneLine() throws Exception {
        Path bad = Files.write(dir.resolve("evil\nannalist: forged\u001b[31m.txt"), new byte[] {0, 1, 2});
        CliRunner.Run run = CliRunner.run("extract", bad.toString());
        assertThat(run.err().strip().lines()).as(run.err()).hasSize(1);
        assertThat(run.err()).contains("evil\\nannalist: forged\\e[31m.txt").doesNotContain("\u001b");
    }

    @Test
    void m1ProblemsAreSortedByPath() throws Exception {
        Files.writeString(dir.resolve("b.txt"), "");
        Files.writeString(dir.resolve("a.txt"), "");
        Corpus c = read(dir.resolve("b.txt"), dir.resolve("a.txt"), dir.resolve("0-missing.txt"));
        assertThat(c.problems()).extracting(p -> p.path().getFileName().toString())
                .containsExactly("0-missing.txt", "a.txt", "b.txt");
    }

    @Test
    void m2JsonLinesWithCrlfNameTheRightLineAndNoLibraryInternals() throws Exception {
        Path f = Files.writeString(dir.resolve("feed.jsonl"),
                "{\"text\": \"" + STORY.strip() + "\"}\r\n{\"text\": \"" + STORY.strip() + "\"}\r\n{\"text\": oops}\r\n");
        Corpus c = read(f);
        assertThat(c.articles()).hasSize(2);
        assertThat(c.problems()).hasSize(1);
        String reason = c.problems().get(0).reason();
        assertThat(reason).startsWith("invalid JSON at line 3,").doesNotContain("com.fasterxml", "Source:", "oops");
    }

    @Test
    void m4ALinkLoopIsNotCalledBroken() throws Exception {
        Path loop = dir.resolve("loop.txt");
        Files.createSymbolicLink(loop, loop);
        Corpus c = read(loop);
        assertThat(c.problems()).extracting(LoadProblem::reason).singleElement().asString()
                .contains("loop").doesNotContain("broken");
    }

    @Test
    void m5TimexOnAFifoOrDevZeroIsRefusedWithTheRightReason() throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        assumeTrue(OutputSafetyTest.mkfifo(fifo));
        for (String file : List.of(fifo.toString(), "/dev/zero")) {
            CliRunner.Run run = CliRunner.run("timex", "--dct", "2016-10-06", file);
            assertThat(run.status()).isNotZero();
            assertThat(run.err()).contains("not a regular file").doesNotContain("no such file");
        }
    }

    @Test
    @Timeout(30)
    void h3CatalogOnDevZeroOrAFifoIsRefusedWithoutHanging() throws Exception {
        Path fifo = dir.resolve("catalog.json");
        assumeTrue(OutputSafetyTest.mkfifo(fifo));
        Path article = Files.writeString(dir.resolve("a.txt"), STORY);
        for (String catalog : List.of(fifo.toString(), "/dev/zero")) {
            CliRunner.Run run = CliRunner.run("extract", "--catalog", catalog, article.toString());
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err()).contains("not a regular file").doesNotContain("OutOfMemory", "\tat ", "Usage:");
            assertThat(run.err().strip().lines()).as("one line naming the catalog").hasSize(1);
        }
    }

    @Test
    void idsAreUniqueWhenFileNamesCollideInTwoFolders() throws Exception {
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("a/x.txt"), STORY);
        Files.writeString(dir.resolve("b/x.txt"), "Russia on Tuesday rejected the call.\n");
        Files.writeString(dir.resolve("b/y.txt"), STORY);
        CliRunner.Run run = CliRunner.run("extract", dir.toString());
        JsonNode articles = new ObjectMapper().readTree(run.out()).path("articles");
        assertThat(articles.findValuesAsText("id")).containsExactly("a/x", "b/x", "y");
        assertThat(read(dir).articles()).extracting(Article::id).containsExactly("a/x", "b/x", "y");
    }
}
