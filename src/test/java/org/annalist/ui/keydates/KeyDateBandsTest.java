package org.annalist.ui.keydates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.annalist.timeline.Palette;
import org.annalist.timeline.RecordingCanvas;
import org.annalist.timeline.TimeScale;
import org.annalist.timeline.TimelineGeometry;
import org.junit.jupiter.api.Test;

/** The key-date layer's rank flags never cover the axis's date labels. */
class KeyDateBandsTest {

    /** The window's axis band (TimelineSkin.AXIS_HEIGHT) and its 12 px tick labels, drawn on a baseline 12 px above its foot. */
    private static final double AXIS_HEIGHT = 32;
    private static final double LABEL_BASELINE_ABOVE_FOOT = 12;
    private static final double LABEL_ASCENT = 12 * 0.8;

    @Test
    void rankFlagsEndAboveTheTickLabels() {
        TimelineGeometry axis = new TimelineGeometry(150, 0, AXIS_HEIGHT, 26, 900);
        TimeScale scale = TimeScale.fit(LocalDate.of(2011, 1, 1), LocalDate.of(2011, 12, 31), 900, 10);
        RecordingCanvas c = new RecordingCanvas(1100, 400);
        List<LocalDate> days = List.of(LocalDate.of(2011, 3, 19), LocalDate.of(2011, 2, 17), LocalDate.of(2011, 8, 21));

        new KeyDateBands(days).paint(c, scale, axis, 380, Palette.standard().theme(false));

        double labelTop = axis.top() + AXIS_HEIGHT - LABEL_BASELINE_ABOVE_FOOT - LABEL_ASCENT;
        // the flags: every shape drawn above the lanes, except the bar on the axis line itself
        List<double[]> flags = c.shapeBoxes.stream().filter(b -> b[1] + b[3] <= axis.lanesTop() - 4 + 0.01).toList();
        assertThat(flags).hasSize(days.size())
                .allSatisfy(b -> assertThat(b[1] + b[3]).isLessThanOrEqualTo(labelTop));
        assertThat(c.textBoxes).hasSize(days.size()).allSatisfy(t -> assertThat(t[1]).isLessThanOrEqualTo(labelTop));
    }
}
