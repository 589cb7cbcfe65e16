package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import org.annalist.export.SafeXml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class PictureOptionsTest {

    @TempDir
    Path dir;

    @Test
    void titleCaptionAndWidthShapeTheSvgAndA4kPictureKeepsItsTextInProportion() throws Exception {
        Path out = dir.resolve("t.svg");
        var run = CliRunner.run("export", "--format", "svg", "--title", "Aleppo, autumn 2016",
                "--caption", "Four articles, October 2016", "--width", "3840", "--out", out.toString(), "samples");

        assertThat(run.status()).as(run.err()).isZero();
        String svg = Files.readString(out);
        Document doc = SafeXml.parse(svg);
        var root = doc.getDocumentElement();
        assertThat(root.getAttribute("width")).isEqualTo("3840");
        assertThat(root.getAttribute("viewBox")).startsWith("0 0 1920 ");
        assertThat(svg).contains("Aleppo, autumn 2016").contains("Four articles, October 2016");
    }

    @Test
    void theDefaultTitleIsTheInputsNameAndTheCaptionItsDates() throws Exception {
        Path out = dir.resolve("t.svg");
        var run = CliRunner.run("export", "--format", "svg", "--out", out.toString(), "samples");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(Files.readString(out)).contains(">samples<").containsPattern(">\\d{1,2} \\w+ \\d{4} to \\d{1,2} \\w+ \\d{4}<");
    }

    @Test
    void aRangeLimitsTheExportedEventsAndThePictureCountsTheRestAsOutside() throws Exception {
        Path csv = dir.resolve("e.csv");
        var run = CliRunner.run("export", "--format", "csv", "--no-bom", "--from", "2016-10-01",
                "--to", "2016-10-10", "--out", csv.toString(), "samples");
        assertThat(run.status()).as(run.err()).isZero();
        var lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("id,");
        assertThat(lines).hasSizeGreaterThan(2);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            if (cells.length > 3 && cells[2].matches("\\d{4}-\\d\\d-\\d\\d")) {
                assertThat(LocalDate.parse(cells[3])).isAfterOrEqualTo(LocalDate.parse("2016-10-01"));
                assertThat(LocalDate.parse(cells[2])).isBeforeOrEqualTo(LocalDate.parse("2016-10-10"));
            }
        }

        Path svg = dir.resolve("t.svg");
        run = CliRunner.run("export", "--format", "svg", "--from", "2016-10-01", "--to", "2016-10-10",
                "--out", svg.toString(), "samples");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(Files.readString(svg)).containsPattern("\\d+ of them from 1 October 2016 to 10 October 2016 \\(\\d+ earlier");
    }

    @Test
    void renderTakesTheSameOptions() throws Exception {
        Path out = dir.resolve("t.png");
        var run = CliRunner.run("render", "--title", "Aleppo", "--from", "2016-09-01", "--to", "2016-10-31",
                "--width", "3840", "--out", out.toString(), "samples");
        assertThat(run.status()).as(run.err()).isZero();
        BufferedImage img = ImageIO.read(out.toFile());
        assertThat(img.getWidth()).isEqualTo(3840);
    }

    @Test
    void badDatesAreBadUsageWithAOneLineReason() {
        for (String[] range : new String[][] {{"--from", "2016-13-01"}, {"--to", "soon"},
                {"--from", "2016-10-10", "--to", "2016-10-01"}}) {
            String[] args = new String[range.length + 4];
            args[0] = "render";
            args[1] = "--out";
            args[2] = dir.resolve("x.png").toString();
            System.arraycopy(range, 0, args, 3, range.length);
            args[args.length - 1] = "samples";
            var run = CliRunner.run(args);
            assertThat(run.status()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err().strip().lines()).as(run.err()).hasSize(1);
        }
        assertThat(dir.resolve("x.png")).doesNotExist();
    }
}
