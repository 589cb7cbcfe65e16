package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserCatalogOptionTest {

    @TempDir
    Path dir;

    private Path article() throws Exception {
        Path text = dir.resolve("story.txt");
        Files.writeString(text, "Atlantean envoys met French diplomats in Geneva on Monday to discuss fishing rights.\n");
        Files.writeString(dir.resolve("story.meta.json"), "{\"published\": \"2020-03-04\"}");
        return text;
    }

    @Test
    void aUserCatalogAddsActorsToTheAnalysis() throws Exception {
        Path catalog = dir.resolve("mine.json");
        Files.writeString(catalog, """
                {"actors": [{"id": "atlantis", "name": "Atlantis", "kind": "state", "iso3": "ATL",
                             "color": "#aa3377", "aliases": ["Atlantean"]}]}
                """);

        CliRunner.Run run = CliRunner.run("extract", "--catalog", catalog.toString(),
                article().toString());

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("\"id\" : \"atlantis\"");
    }

    @Test
    void withoutTheCatalogTheInventedStateIsUnknown() throws Exception {
        CliRunner.Run run = CliRunner.run("extract", article().toString());

        assertThat(run.status()).isZero();
        assertThat(run.out()).doesNotContain("atlantis");
    }

    @Test
    void aBrokenCatalogIsBadUsageNamingTheFile() throws Exception {
        Path catalog = dir.resolve("broken.json");
        Files.writeString(catalog, "{\"actors\": [ {\"id\": \"x\" ");

        CliRunner.Run run = CliRunner.run("extract", "--catalog", catalog.toString(),
                article().toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("broken.json");
    }
}
