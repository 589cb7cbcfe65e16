package org.annalist.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.annalist.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input gets one line naming the file and the reason, and the rest still loads. */
class BadInputTest {

    @TempDir
    Path dir;

    private Path good() throws Exception {
        return Files.writeString(dir.resolve("good.txt"), "Talks resume\n\nDiplomats met in Geneva on Monday.\n");
    }

    private LoadProblem onlyProblem(Corpus c, String file) {
        assertThat(c.articles()).extracting(Article::id).contains("good");
        assertThat(c.problems()).singleElement().satisfies(p -> assertThat(p.path().getFileName().toString()).isEqualTo(file));
        return c.problems().get(0);
    }

    @Test
    void emptyFile() throws Exception {
        good();
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.writeString(dir.resolve("blank.jsonl"), "\n  \n");

        Corpus c = Fixtures.read(dir);

        assertThat(c.problems()).extracting(LoadProblem::message).containsExactly(
                dir.resolve("blank.jsonl") + ": empty file (only white space)", dir.resolve("empty.txt") + ": empty file");
    }

    @Test
    void binaryFile() throws Exception {
        good();
        Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D});

        assertThat(onlyProblem(Fixtures.read(dir), "photo.txt").reason()).isEqualTo("binary file, not text (it contains NUL bytes)");
    }

    @Test
    void controlCharacterNoiseIsBinaryToo() throws Exception {
        good();
        byte[] noise = new byte[400];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
        }
        Files.write(dir.resolve("noise.txt"), noise);

        assertThat(onlyProblem(Fixtures.read(dir), "noise.txt").reason()).startsWith("binary file, not text (134 control bytes");
    }

    @Test
    void invalidJsonWithLineAndColumn() throws Exception {
        good();
        Files.writeString(dir.resolve("broken.json"), "{\n  \"title\": \"A\",\n  \"text\": \"B\"\n  \"url\": 1\n}\n");

        assertThat(onlyProblem(Fixtures.read(dir), "broken.json").reason()).startsWith("invalid JSON at line 4, column 3:");
    }

    @Test
    void jsonArticleWithoutText() throws Exception {
        good();
        Files.writeString(dir.resolve("notext.json"), "{\"title\": \"Only a title\", \"text\": \"  \"}");

        assertThat(onlyProblem(Fixtures.read(dir), "notext.json").reason()).contains("article without text");
    }

    @Test
    void undecodableBytes() throws Exception {
        good();
        Files.write(dir.resolve("garbled.txt"), new byte[] {'O', 'k', ' ', (byte) 0xC3, (byte) 0x28, (byte) 0x8D, '\n'});

        assertThat(onlyProblem(Fixtures.read(dir), "garbled.txt").reason()).startsWith("undecodable bytes:").contains("0x8D");
    }

    @Test
    void fileOverTheSizeLimit() throws Exception {
        good();
        Files.writeString(dir.resolve("huge.txt"), "A line of text that repeats.\n".repeat(100));

        Corpus c = new CorpusReader(new FileSizeLimit(1024)).read(List.of(dir), Progress.NONE);

        assertThat(onlyProblem(c, "huge.txt").reason())
                .isEqualTo("file too large: 2.8 KB, over the 1 KB limit (set -Dannalist.maxFileSize=SIZE to change it)");
    }

    @Test
    void theSizeLimitIsTwentyMegabytesByDefaultAndReadsHumanSizes() {
        assertThat(FileSizeLimit.DEFAULT.bytes()).isEqualTo(20L * 1024 * 1024);
        assertThat(FileSizeLimit.parse("50MB").bytes()).isEqualTo(50L * 1024 * 1024);
        assertThat(FileSizeLimit.parse("500k").bytes()).isEqualTo(500L * 1024);
        assertThat(FileSizeLimit.parse("1048576").bytes()).isEqualTo(1048576L);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FileSizeLimit.parse("big"))
                .hasMessageContaining("not a size");
    }

    @Test
    void unreadableFileByPermissions() throws Exception {
        good();
        Path secret = Files.writeString(dir.resolve("secret.txt"), "Classified.\n");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(secret), "running as root: permissions do not stop reading");

        assertThat(onlyProblem(Fixtures.read(dir), "secret.txt").reason()).isEqualTo("unreadable (permission denied)");
    }

    @Test
    void unreadableFileBehindABrokenLink() throws Exception {
        good();
        Files.createSymbolicLink(dir.resolve("moved.txt"), dir.resolve("nowhere/article.txt"));

        assertThat(onlyProblem(Fixtures.read(dir), "moved.txt").reason()).startsWith("broken symbolic link");
    }

    @Test
    void symbolicLinkLoopIsReportedNotFollowed() throws Exception {
        good();
        Path sub = Files.createDirectory(dir.resolve("sub"));
        Files.writeString(sub.resolve("inner.txt"), "Inner story\n\nSomething happened on Monday.\n");
        Files.createSymbolicLink(sub.resolve("loop"), dir);

        Corpus c = Fixtures.read(dir);

        assertThat(c.articles()).extracting(Article::id).containsExactly("good", "inner");
        assertThat(c.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo(sub.resolve("loop"));
            assertThat(p.reason()).startsWith("symbolic link loop");
        });
    }

    @Test
    void missingPath() throws Exception {
        Corpus c = Fixtures.read(good(), dir.resolve("no/such/place"));

        assertThat(c.articles()).hasSize(1);
        assertThat(c.problems()).extracting(LoadProblem::message).containsExactly(dir.resolve("no/such/place") + ": no such file or folder");
    }

    @Test
    void malformedSidecarIsReportedAndTheArticleStillLoads() {
        Corpus c = Fixtures.read(Fixtures.path("text/bad_sidecar.txt"));

        assertThat(c.articles()).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("Kerry calls for war crimes inquiry");
            assertThat(a.published().source()).isEqualTo(DateSource.NONE);
        });
        assertThat(c.problems()).singleElement().satisfies(p -> {
            assertThat(p.path().getFileName().toString()).isEqualTo("bad_sidecar.meta.json");
            assertThat(p.reason()).startsWith("malformed sidecar, ignored: invalid JSON at line 1, column");
        });
    }

    @Test
    void aSidecarDateThatIsNotADateIsReportedAndTheChainGoesOn() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "https://x.example/2016/10/09/talks\nTalks\n\nThey met.\n");
        Files.writeString(dir.resolve("a.meta.json"), "{\"published\": \"last Tuesday\", \"title\": \"Talks in Geneva\"}");

        Corpus c = Fixtures.read(dir);

        assertThat(c.articles()).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("Talks in Geneva");
            assertThat(a.published().source()).isEqualTo(DateSource.URL);
        });
        assertThat(c.problems()).singleElement().satisfies(p -> assertThat(p.reason())
                .isEqualTo("sidecar: \"published\" is not a date we can read ('last Tuesday'); the date is looked for elsewhere"));
    }

    @Test
    void inputsAreNeverWritten() throws Exception {
        Path g = good();
        long before = Files.getLastModifiedTime(g).toMillis();
        List<Path> listing = Files.list(dir).sorted().toList();

        Fixtures.read(dir);

        assertThat(Files.list(dir).sorted().toList()).isEqualTo(listing);
        assertThat(Files.getLastModifiedTime(g).toMillis()).isEqualTo(before);
    }
}
