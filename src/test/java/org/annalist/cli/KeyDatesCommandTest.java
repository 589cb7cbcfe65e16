package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyDatesCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsTheSampleDaysBestFirstWithSummariesEventsAndArticles() throws Exception {
        CliRunner.Run run = CliRunner.run("keydates", "samples");

        assertThat(run.status()).isZero();
        JsonNode dates = new ObjectMapper().readTree(run.out()).get("dates");
        assertThat(dates.size()).isGreaterThan(3);
        double previous = Double.MAX_VALUE;
        for (JsonNode d : dates) {
            assertThat(d.get("date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(d.get("score").asDouble()).isBetween(0.0, previous);
            assertThat(d.get("articles").asInt()).isPositive();
            assertThat(d.get("events").isArray()).isTrue();
            previous = d.get("score").asDouble();
        }
        assertThat(dates.get(0).get("summary").asText()).isNotBlank();
    }

    @Test
    void topKeepsTheFirstK() throws Exception {
        CliRunner.Run all = CliRunner.run("keydates", "samples");
        CliRunner.Run top = CliRunner.run("keydates", "--top", "2", "samples");

        JsonNode first = new ObjectMapper().readTree(all.out()).get("dates");
        JsonNode two = new ObjectMapper().readTree(top.out()).get("dates");
        assertThat(two.size()).isEqualTo(2);
        assertThat(two.get(0)).isEqualTo(first.get(0));
        assertThat(two.get(1)).isEqualTo(first.get(1));
    }

    @Test
    void aBadTopIsBadUsageWithAOneLineReason() {
        CliRunner.Run run = CliRunner.run("keydates", "--top", "0", "samples");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip()).contains("--top").doesNotContain("\n");
    }

    @Test
    void anUnreadableInputIsNamedAndTheRestRanked() throws Exception {
        Files.writeString(dir.resolve("good.txt"), "Paris, October 5, 2016. France met Russia on Monday in Paris.");
        Files.write(dir.resolve("bad.json"), new byte[] {'{', 'x'});

        CliRunner.Run run = CliRunner.run("keydates", dir.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("bad.json");
        assertThat(new ObjectMapper().readTree(run.out()).get("dates").size()).isPositive();
    }
}
