package org.annalist.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.annalist.cli.CliRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** D1-D3, W13, W14 and temporary files: no output ever replaces or lands among the inputs. */
class OutputSafetyTest {

    static final String ARTICLE = "PARIS, Oct 6, 2016 (AFP) - France on Monday called for talks with Russia on Syria.\n";

    @TempDir
    Path dir;
    Path in;
    Path article;

    @BeforeEach
    void inputs() throws Exception {
        in = Files.createDirectories(dir.resolve("in"));
        article = in.resolve("001.txt");
        Files.writeString(article, ARTICLE);
        Files.createSymbolicLink(dir.resolve("alias"), in);
    }

    private void assertRefused(CliRunner.Run run) throws Exception {
        assertThat(run.status()).as(run.err()).isEqualTo(2);
        assertThat(run.err().strip().lines()).as(run.err()).hasSize(1);
        assertThat(Files.readString(article)).isEqualTo(ARTICLE);
    }

    @Test
    void d1OutThroughALinkOntoAnInputIsRefused() throws Exception {
        assertRefused(CliRunner.run("export", "--format", "csv", "--out", dir.resolve("alias/001.txt").toString(), in.toString()));
    }

    @Test
    void d1InputThroughALinkAndOutAsItsRealPathIsRefused() throws Exception {
        assertRefused(CliRunner.run("export", "--format", "csv", "--out", article.toString(), dir.resolve("alias").toString()));
    }

    @Test
    void d1NewFileInsideAnInputFolderReachedThroughALinkIsRefused() throws Exception {
        Files.createDirectories(in.resolve("sub"));
        CliRunner.Run run = CliRunner.run("export", "--format", "csv", "--out", dir.resolve("alias/sub/new.csv").toString(), in.toString());
        assertRefused(run);
        assertThat(in.resolve("sub/new.csv")).doesNotExist();
    }

    @Test
    void d1OutInsideAFolderLinkedFromTheInputsIsRefused() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("002.txt"), ARTICLE);
        Files.createSymbolicLink(in.resolve("linked"), elsewhere);
        CliRunner.Run run = CliRunner.run("export", "--format", "csv", "--out", elsewhere.resolve("x.csv").toString(), in.toString());
        assertRefused(run);
        assertThat(elsewhere.resolve("x.csv")).doesNotExist();
    }

    @Test
    void d2OutOnTheSidecarOfAFileInputIsRefused() throws Exception {
        Path sidecar = in.resolve("001.meta.json");
        Files.writeString(sidecar, "{\"published\": \"2016-10-06\"}");
        assertRefused(CliRunner.run("export", "--format", "csv", "--out", sidecar.toString(), article.toString()));
        assertThat(Files.readString(sidecar)).contains("2016-10-06");
    }

    @Test
    void d3OutOnAFifoIsRefusedAndTheFifoStays() throws Exception {
        Path fifo = dir.resolve("pipe");
        assumeTrue(mkfifo(fifo), "mkfifo available");
        CliRunner.Run run = CliRunner.run("export", "--format", "csv", "--out", fifo.toString(), in.toString());
        assertRefused(run);
        assertThat(run.err()).contains("not a regular file");
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS)).isTrue();
    }

    @Test
    void d3OutOnASymbolicLinkIsRefusedAndTheLinkStays() throws Exception {
        Path target = Files.writeString(dir.resolve("precious.txt"), "keep me");
        Path link = Files.createSymbolicLink(dir.resolve("out.csv"), target);
        assertRefused(CliRunner.run("export", "--format", "csv", "--out", link.toString(), in.toString()));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(target)).isEqualTo("keep me");
    }

    @Test
    void w13NoParentFolderIsCreatedUnlessAsked() throws Exception {
        Path out = dir.resolve("missing/deeper/x.csv");
        CliRunner.Run run = CliRunner.run("export", "--format", "csv", "--out", out.toString(), in.toString());
        assertRefused(run);
        assertThat(run.err()).contains("--mkdirs");
        assertThat(dir.resolve("missing")).doesNotExist();

        CliRunner.Run asked = CliRunner.run("export", "--format", "csv", "--mkdirs", "--out", out.toString(), in.toString());
        assertThat(asked.status()).as(asked.err()).isZero();
        assertThat(out).isRegularFile();
    }

    @Test
    void w14AnOversizedRenderIsBadUsageExit2() throws Exception {
        Path out = dir.resolve("huge.png");
        CliRunner.Run run = CliRunner.run("render", "--width", "20000", "--scale", "4", "--out", out.toString(), "samples");
        assertThat(run.status()).as(run.err()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(out).doesNotExist();
    }

    @Test
    void staleTemporaryFilesOfAKilledRunAreSweptAndNoneAreLeft() throws Exception {
        Path outDir = Files.createDirectories(dir.resolve("out"));
        Path stale = outDir.resolve(".x.csv.0f8fad5b-d9cb-469f-a165-70867728950e.tmp");
        Files.writeString(stale, "half a file from a run that was killed");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(2, ChronoUnit.HOURS)));

        CliRunner.Run run = CliRunner.run("export", "--format", "csv", "--out", outDir.resolve("x.csv").toString(), in.toString());

        assertThat(run.status()).as(run.err()).isZero();
        try (var files = Files.list(outDir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("x.csv");
        }
    }

    static boolean mkfifo(Path p) {
        try {
            Process pr = new ProcessBuilder("mkfifo", p.toString()).start();
            return pr.waitFor(10, TimeUnit.SECONDS) && pr.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    static List<String> lines(String s) {
        return s.strip().lines().toList();
    }
}
