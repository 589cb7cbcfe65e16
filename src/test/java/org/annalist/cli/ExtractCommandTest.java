package org.annalist.cli;

import static org.annalist.cli.CliRunner.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.annalist.cli.CliRunner.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

    /** The status values of the shared contract (shared/CONTRACT.md), which scripts check. */
    private static final java.util.Set<String> CONTRACT_STATUSES = java.util.Set.of("occurred", "planned",
            "threatened", "demanded", "denied", "negated", "hypothetical");

    @Test
    void extractPrintsTheFourSampleArticlesWithTheirSidecarDates() throws Exception {
        Run run = run("extract", "samples");

        assertThat(run.status()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.has("actors")).isTrue();
        assertThat(root.has("events")).isTrue();
        assertThat(root.path("graph").has("edges")).isTrue();
        assertThat(root.path("articles")).extracting(a -> a.path("id").asText() + " " + a.path("published").path("date").asText()
                        + " " + a.path("published").path("source").asText())
                .containsExactly("000_fde798e810a4afad 2016-10-23 metadata", "001_dca0585e2d2c906d 2016-10-05 metadata",
                        "002_51ea97ab3d71d6b1 2016-10-10 metadata", "003_29281ecb90590ecd 2018-02-09 metadata");
    }

    @Test
    void aConditionalActKeepsTheContractsStatusValuesAndIsFlagged(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("if.txt");
        Files.writeString(file, "Turkey and Russia\n\nIf Turkey attacks Syria on Monday, Russia will respond.\n");
        JsonNode root = new ObjectMapper().readTree(run("extract", file.toString()).out());

        assertThat(root.path("events")).extracting(e -> e.path("status").asText())
                .isNotEmpty().allMatch(CONTRACT_STATUSES::contains);
        assertThat(root.path("events")).filteredOn(e -> e.path("source").toString().contains("turkey"))
                .singleElement().satisfies(e -> {
                    assertThat(e.path("status").asText()).isEqualTo("hypothetical");
                    assertThat(e.path("condition").asBoolean()).isTrue();
                });
    }

    @Test
    void missingPathExitsOneAndNamesIt() {
        Run run = run("extract", "samples", "no/such/place");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("no/such/place").contains("no such file");
        assertThat(run.out()).contains("000_fde798e810a4afad");
    }

    @Test
    void unknownCommandIsBadUsage() {
        assertThat(run("frobnicate").status()).isEqualTo(2);
    }
}
