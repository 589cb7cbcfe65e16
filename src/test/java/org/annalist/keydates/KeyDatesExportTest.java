package org.annalist.keydates;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.annalist.analysis.Analysis;
import org.annalist.analysis.Analyzer;
import org.annalist.corpus.CorpusReader;
import org.annalist.export.SvgCanvas2D;
import org.annalist.export.TimelineJsJson;
import org.annalist.task.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyDatesExportTest {

    @TempDir
    static Path dir;

    private static Analysis analysis;
    private static List<KeyDate> top;

    @BeforeAll
    static void analyse() throws Exception {
        analysis = Analyzer.standard().analyze(new CorpusReader().read(List.of(SmallCorpus.write(dir)), Progress.NONE),
                Progress.NONE);
        top = KeyDateRanker.standard().rank(analysis, 2);
    }

    @Test
    void csvHasOneRowPerKeyDateBestFirstWithItsWholeSummary() throws Exception {
        Path out = dir.resolve("key-dates.csv");
        KeyDatesCsv.write(top, out);

        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo(KeyDatesCsv.HEADER);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("1,2011-03-19,1.0,5,").contains(top.get(0).summary().replace("\"", "\"\""));
    }

    @Test
    void timelineJsHasOneSlidePerKeyDateHeadedByItsSummary() throws Exception {
        Path out = dir.resolve("key-dates.json");
        new TimelineJsJson().write(analysis, KeyDateEvents.of(analysis, top), "Key dates", out);

        JsonNode events = new ObjectMapper().readTree(out.toFile()).get("events");
        assertThat(events).hasSize(2);
        JsonNode strikes = events.get(0);
        assertThat(strikes.get("start_date").get("day").asInt()).isEqualTo(19);
        assertThat(strikes.get("text").get("headline").asText()).contains("French jets struck");
    }

    @Test
    void pngDrawsTheKeyDates() throws Exception {
        System.setProperty("java.awt.headless", "true");
        Path out = dir.resolve("key-dates.png");
        KeyDatesPicture.of(analysis, top).writePng(out, 800, 2);

        BufferedImage image = ImageIO.read(out.toFile());
        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(image.getHeight()).isGreaterThan(2 * 200);
    }

    @Test
    void thePictureListsEachKeyDayWithItsWholeSummaryWrappedNeverCut() {
        KeyDatesPicture picture = KeyDatesPicture.of(analysis, top);
        int narrow = 420; // narrow enough that a summary takes several lines
        SvgCanvas2D svg = new SvgCanvas2D(narrow, picture.height(narrow));
        picture.paint(svg);
        List<String> texts = java.util.regex.Pattern.compile(">([^<]*)</text>").matcher(svg.toSvg("Key dates"))
                .results().map(m -> m.group(1).replace("&quot;", "\"").replace("&apos;", "'").replace("&lt;", "<")
                        .replace("&gt;", ">").replace("&amp;", "&")).toList();

        assertThat(texts).contains("Sat 19 Mar 2011").noneMatch(t -> t.endsWith("…"));
        String all = String.join(" ", texts);
        for (KeyDate d : top) {
            assertThat(all).contains(d.summary().strip().replaceAll("\\s+", " "));
        }
        long lines = texts.stream().filter(t -> top.get(0).summary().contains(t)).count();
        assertThat(lines).as("the longest summary wraps onto more than one line").isGreaterThan(1);
    }
}
