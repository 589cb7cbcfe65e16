package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimexCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsTheSampleExpressionsWithOffsetsValuesAndDays() throws Exception {
        CliRunner.Run run = CliRunner.run("timex", "--dct", "2016-10-23",
                "samples/000_fde798e810a4afad.txt");

        assertThat(run.status()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.get("dct").asText()).isEqualTo("2016-10-23");
        String text = Files.readString(Path.of("samples/000_fde798e810a4afad.txt"));
        JsonNode lastWeek = null;
        for (JsonNode t : root.get("timexes")) {
            assertThat(text.substring(t.get("start").asInt(), t.get("end").asInt())).isEqualTo(t.get("text").asText());
            if (t.get("text").asText().equals("last week")) {
                lastWeek = t;
            }
        }
        assertThat(lastWeek).isNotNull();
        assertThat(lastWeek.get("value").asText()).isEqualTo("2016-W41");
        assertThat(lastWeek.get("firstDay").asText()).isEqualTo("2016-10-10");
        assertThat(lastWeek.get("lastDay").asText()).isEqualTo("2016-10-16");
    }

    @Test
    void malformedDctIsBadUsageWithAOneLineReason() {
        CliRunner.Run run = CliRunner.run("timex", "--dct", "2016-13-45",
                "samples/000_fde798e810a4afad.txt");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip()).contains("2016-13-45").doesNotContain("\n");
    }

    @Test
    void missingFileIsBadUsageNamingTheFile() {
        CliRunner.Run run = CliRunner.run("timex", "--dct", "2016-10-23", "nope/missing.txt");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip()).contains("missing.txt").doesNotContain("\n");
    }

    @Test
    void emptyFileGivesAnEmptyList() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));

        CliRunner.Run run = CliRunner.run("timex", "--dct", "2016-10-23", empty.toString());

        assertThat(run.status()).isZero();
        assertThat(new ObjectMapper().readTree(run.out()).get("timexes")).isEmpty();
    }
}
