package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.annalist.export.SafeXml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderAndExportCommandTest {

    @TempDir
    Path dir;

    @Test
    void renderWritesAPngExactlyWidthTimesScaleWideWithoutADisplay() throws Exception {
        Path out = dir.resolve("timeline@2x.png");
        var run = CliRunner.run("render", "--out", out.toString(), "--width", "900", "--scale", "2", "samples");

        assertThat(run.status()).as(run.err()).isZero();
        BufferedImage img = ImageIO.read(out.toFile());
        assertThat(img.getWidth()).isEqualTo(1800);
        assertThat(img.getHeight()).isGreaterThan(100);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void renderDrawsTheGraphToo() throws Exception {
        Path out = dir.resolve("graph.png");
        var run = CliRunner.run("render", "--view", "graph", "--out", out.toString(), "--width", "640", "samples");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(ImageIO.read(out.toFile()).getWidth()).isEqualTo(640);
    }

    @Test
    void badScaleWidthViewOrFormatIsBadUsageWithAOneLineReason() {
        Path out = dir.resolve("x.png");
        for (String[] args : new String[][] {
                {"render", "--out", out.toString(), "--scale", "0", "samples"},
                {"render", "--out", out.toString(), "--scale", "two", "samples"},
                {"render", "--out", out.toString(), "--width", "-5", "samples"},
                {"render", "--out", out.toString(), "--view", "map", "samples"},
                {"export", "--format", "pdf", "--out", out.toString(), "samples"}}) {
            var run = CliRunner.run(args);
            assertThat(run.status()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err().strip().lines()).as(run.err()).hasSize(1);
        }
        assertThat(out).doesNotExist();
    }

    @Test
    void nothingIsWrittenIntoAnInputFolder() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.txt"), "France called for talks on Monday.");
        var run = CliRunner.run("export", "--format", "csv", "--out", in.resolve("a.csv").toString(), in.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("inside the input folder");
        try (var files = Files.list(in)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void everyExportFormatWritesAParsableFile() throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (String format : new String[] {"csv", "json", "svg", "timelinejs", "gexf"}) {
            Path out = dir.resolve("out." + format);
            var run = CliRunner.run("export", "--format", format, "--out", out.toString(), "samples");
            assertThat(run.status()).as(format + ": " + run.err()).isZero();
            String text = Files.readString(out);
            switch (format) {
                case "csv" -> assertThat(text).startsWith("\uFEFFid,date,start,end");
                case "json" -> assertThat(json.readTree(text).has("events")).isTrue();
                case "timelinejs" -> assertThat(json.readTree(text).path("events").isArray()).isTrue();
                case "svg" -> assertThat(SafeXml.parse(text).getDocumentElement().getLocalName()).isEqualTo("svg");
                default -> assertThat(SafeXml.parse(text).getDocumentElement().getLocalName()).isEqualTo("gexf");
            }
        }
    }

    @Test
    void unreadableInputIsStatusOneAndTheRestIsStillExported() throws Exception {
        Path out = dir.resolve("events.json");
        var run = CliRunner.run("export", "--format", "json", "--out", out.toString(), "samples", "no/such/place");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("no/such/place");
        assertThat(out).exists();
    }
}
