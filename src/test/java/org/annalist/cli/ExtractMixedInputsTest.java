package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extract} on a folder of good and bad files: exit 1, each bad file named, the good ones printed. */
class ExtractMixedInputsTest {

    @TempDir
    Path dir;

    private static List<String> ids(String json) throws Exception {
        List<String> ids = new ArrayList<>();
        for (JsonNode a : new ObjectMapper().readTree(json).path("articles")) {
            ids.add(a.path("id").asText());
        }
        return ids;
    }

    @Test
    void goodAndBadFilesExitOneNameEachBadFileAndPrintTheGoodArticles() throws Exception {
        Files.writeString(dir.resolve("talks.txt"), "Talks resume in Geneva\n\nDiplomats met in Geneva on Monday.\n");
        Files.writeString(dir.resolve("feed.jsonl"), "{\"title\": \"Truce\", \"text\": \"A truce began on Friday.\"}\n{broken\n");
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("image.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0x0D});
        Files.writeString(dir.resolve("invalid.json"), "{\"text\": \"unterminated");
        Files.writeString(dir.resolve("notes.pdf"), "%PDF-1.4");

        CliRunner.Run run = CliRunner.run("extract", dir.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(ids(run.out())).containsExactly("feed#1", "talks");
        assertThat(run.err().lines().filter(l -> !l.contains("note: skipped"))).containsExactly(
                "annalist: " + dir.resolve("empty.txt") + ": empty file",
                "annalist: " + dir.resolve("feed.jsonl") + ": invalid JSON at line 2, column 2: a character that is not allowed here"
                        + " (a missing comma, quote or bracket?)",
                "annalist: " + dir.resolve("image.html") + ": binary file, not text (it contains NUL bytes)",
                "annalist: " + dir.resolve("invalid.json") + ": invalid JSON at line 1, column 23: the text ends inside an object,"
                        + " array or string");
        assertThat(run.err()).contains("skipped 1 file(s) of other kinds: " + dir.resolve("notes.pdf"));
    }

    @Test
    void theSizeLimitIsASystemPropertyAndAnUnreadableValueIsReported() throws Exception {
        Files.writeString(dir.resolve("long.txt"), "Long story\n\n" + "Diplomats met again on Monday. ".repeat(100));
        String saved = System.getProperty("annalist.maxFileSize");
        try {
            System.setProperty("annalist.maxFileSize", "1KB");
            CliRunner.Run tooBig = CliRunner.run("extract", dir.toString());
            System.setProperty("annalist.maxFileSize", "huge");
            CliRunner.Run badValue = CliRunner.run("extract", dir.toString());

            assertThat(tooBig.status()).isEqualTo(1);
            assertThat(tooBig.err()).contains("long.txt: file too large: 3 KB, over the 1 KB limit");
            assertThat(badValue.status()).isZero();
            assertThat(badValue.err()).contains("ignoring -Dannalist.maxFileSize: 'huge' is not a size");
            assertThat(ids(badValue.out())).containsExactly("long");
        } finally {
            if (saved == null) {
                System.clearProperty("annalist.maxFileSize");
            } else {
                System.setProperty("annalist.maxFileSize", saved);
            }
        }
    }
}
