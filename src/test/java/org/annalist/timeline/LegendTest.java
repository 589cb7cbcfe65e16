package org.annalist.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.annalist.analysis.Analysis;
import org.annalist.bench.SyntheticAnalysis;
import org.annalist.events.Event;
import org.annalist.events.EventType;
import org.junit.jupiter.api.Test;

/** The window's legend stays one row at 1366 px so the lanes keep their room; pictures show it all. */
class LegendTest {

    private final Analysis analysis = SyntheticAnalysis.generate(3000, 200, 5);

    @Test
    void everyTypeAtTheWidthOfA1366WindowFitsOneRowWithTheRestCounted() {
        assertThat(analysis.events().stream().map(Event::type).distinct().count()).isEqualTo(EventType.values().length);
        RecordingCanvas full = new RecordingCanvas(1346, 400);
        double fullHeight = Legend.paint(full, 10, 0, 1346, ColourMode.TYPE, analysis.events(),
                Palette.standard().theme(false));
        assertThat(fullHeight).as("the whole key wraps").isGreaterThanOrEqualTo(2 * Legend.ROW);

        RecordingCanvas one = new RecordingCanvas(1346, 400);
        double height = Legend.paint(one, 10, 0, 1346, ColourMode.TYPE, analysis.events(),
                Palette.standard().theme(false), 1);
        assertThat(height).isEqualTo(Legend.ROW);
        String more = one.texts.get(one.texts.size() - 1);
        assertThat(more).matches("\\+\\d+ more");
        int left = Integer.parseInt(more.substring(1, more.indexOf(' ')));
        assertThat(one.texts.size() - 1 + left).as("shown and counted entries are all of them")
                .isEqualTo(full.texts.size());
        for (double[] box : one.textBoxes) {
            assertThat(box[0] + box[2]).as("every entry inside the row").isLessThanOrEqualTo(1356);
            assertThat(box[1]).isLessThan(Legend.ROW);
        }
        // the commonest types come first, and the tooltip names every entry
        List<String> names = new ArrayList<>(List.of(Legend.describe(ColourMode.TYPE, analysis.events()).split("\n")));
        assertThat(names).hasSize(full.texts.size()).startsWith(one.texts.get(0));
    }

    @Test
    void aWideWindowShowsEveryEntryWithoutACount() {
        RecordingCanvas c = new RecordingCanvas(8000, 100);
        Legend.paint(c, 10, 0, 7980, ColourMode.TONE, analysis.events(), Palette.standard().theme(false), 1);
        assertThat(c.texts).noneMatch(t -> t.endsWith(" more")).contains("planned", "hostile -10");
    }
}
