package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ExtractCommandTest {

    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            var cl = AnnalistCommand.commandLine();
            cl.setErr(new PrintWriter(err, true));
            int status = cl.execute(args);
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(saved);
        }
    }

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
