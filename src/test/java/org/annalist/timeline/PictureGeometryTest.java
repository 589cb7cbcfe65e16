package org.annalist.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.annalist.analysis.Analysis;
import org.annalist.bench.SyntheticAnalysis;
import org.annalist.events.Event;
import org.annalist.events.Granularity;
import org.junit.jupiter.api.Test;

/**
 * What a reader of the picture or the window would notice: a count that sits on another, a label
 * or a mark cut off at an edge. Checked on the geometry the painters draw, at several widths.
 */
class PictureGeometryTest {

    private static final double EPS = 0.01;
    private final Analysis dense = SyntheticAnalysis.generate(4000, 400, 11);
    private final Map<String, Event> byId = dense.events().stream()
            .collect(Collectors.toMap(Event::id, Function.identity(), (a, b) -> a));

    @Test
    void inADensePictureNoTwoCountsTouchAndNothingIsCutAtAnyEdge() {
        for (int width : new int[] {1366, 1920, 900}) {
            RecordingCanvas c = new RecordingCanvas(width,
                    TimelineRenderer.preferredHeight(dense, dense.events(), width));
            TimelineRenderer.render(c, dense, dense.events(), "Dense", null, null, null);
            assertThat(countLabels(c)).as("counts at width %d", width).hasSizeGreaterThan(20);
            assertCountsApart(c, width);
            assertTextsWhole(c, width);
            assertMarksWhole(c, width);
        }
    }

    @Test
    void aPictureEndingOnAMonthShowsItsLastAxisLabelWholeAndItsLastMarksUncut() {
        // the range ends on Wednesday 30 March: the tick of Monday 28 March and the events of that day are at the right edge
        for (int width : new int[] {1366, 1600}) {
            RecordingCanvas c = new RecordingCanvas(width, 2000);
            TimelineRenderer.render(c, dense, dense.events(), "Edge", null, LocalDate.of(2016, 1, 1),
                    LocalDate.of(2016, 3, 30));
            assertThat(c.texts).contains("28 Mar");
            assertTextsWhole(c, width);
            assertMarksWhole(c, width);
        }
    }

    @Test
    void inTheWindowAMarkOnTheLastVisibleDayIsNotCut() {
        LaneIndex index = LaneIndex.build(dense, dense.events(), LaneMode.ACTOR);
        // a window ending exactly where a busy day ends, and one starting where a day starts
        double day = LocalDate.of(2016, 2, 10).toEpochDay();
        for (TimeScale scale : List.of(TimeScale.exactly(day - 20, day + 1, 1000),
                TimeScale.exactly(day, day + 3, 1000), TimeScale.exactly(day - 300, day + 1, 1000))) {
            TimelineGeometry axis = new TimelineGeometry(160, 0, 32, 26, 1000);
            RecordingCanvas c = new RecordingCanvas(1168, 26 * 18 + 32);
            TimelinePainter.paintAxis(c, scale, axis, c.height(), Palette.standard().theme(false));
            List<Mark> marks = TimelineFrame.paint(c, index, scale, axis, axis, TimelineStyle.plain(), 0, 17);
            assertThat(marks).isNotEmpty();
            assertMarksWhole(c, 1168);
            assertTextsWhole(c, 1168);
            assertCountsApart(c, 1168);
        }
    }

    @Test
    void actorsWithNothingInTheDrawnDaysGetNoEmptyLane() {
        LocalDate day = LocalDate.of(2011, 3, 19);
        Analysis a = new org.annalist.ui.timeline.HandMadeAnalysis()
                .add(day, org.annalist.events.EventType.AGREE, "france", "turkey")
                .add(day.plusDays(100), org.annalist.events.EventType.ACCUSE, "russia", "syria").build();
        RecordingCanvas c = new RecordingCanvas(1366, 800);
        TimelineRenderer.render(c, a, a.events(), "Lanes", null, day.minusDays(5), day.plusDays(10));
        assertThat(c.texts).contains("France", "Turkey").doesNotContain("Russia", "Syria");
        assertThat(c.texts).anyMatch(t -> t.startsWith("2 dated events, 1 of them") && t.contains("1 later not drawn")
                && t.endsWith("2 actors"));
        assertThat(TimelineRenderer.preferredHeight(a, a.events(), 1366, day.minusDays(5), day.plusDays(10)))
                .isLessThan(TimelineRenderer.preferredHeight(a, a.events(), 1366, day.minusDays(5), day.plusDays(110)));
    }

    private static List<double[]> countLabels(RecordingCanvas c) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < c.texts.size(); i++) {
            if (c.textBoxes.get(i)[3] == 10 && c.texts.get(i).matches("\\d+")) {
                out.add(c.textBoxes.get(i));
            }
        }
        return out;
    }

    private static void assertCountsApart(RecordingCanvas c, int width) {
        List<double[]> counts = countLabels(c);
        for (int i = 0; i < counts.size(); i++) {
            for (int j = i + 1; j < counts.size(); j++) {
                double[] a = counts.get(i);
                double[] b = counts.get(j);
                boolean apart = a[0] + a[2] <= b[0] + EPS || b[0] + b[2] <= a[0] + EPS
                        || a[1] <= b[1] - b[3] + EPS || b[1] <= a[1] - a[3] + EPS;
                assertThat(apart).as("counts at x=%.1f and x=%.1f (y %.1f, %.1f) at width %d overlap",
                        a[0], b[0], a[1], b[1], width).isTrue();
            }
        }
    }

    /** Every text lies inside the picture and inside the clip it was drawn under. */
    private static void assertTextsWhole(RecordingCanvas c, int width) {
        for (int i = 0; i < c.texts.size(); i++) {
            double[] t = c.textBoxes.get(i);
            double[] clip = c.textClips.get(i);
            assertThat(t[0] >= -EPS && t[0] + t[2] <= width + EPS && t[1] - t[3] >= -EPS && t[1] <= c.height() + EPS)
                    .as("'%s' at x %.1f-%.1f lies outside the %d px picture", c.texts.get(i), t[0], t[0] + t[2], width)
                    .isTrue();
            assertThat(t[0] >= clip[0] - EPS && t[0] + t[2] <= clip[0] + clip[2] + EPS)
                    .as("'%s' at x %.1f-%.1f is cut by its clip %.1f-%.1f (width %d)", c.texts.get(i), t[0],
                            t[0] + t[2], clip[0], clip[0] + clip[2], width).isTrue();
        }
    }

    /**
     * Every shape inside its clip, but for vague-date bars, which go on beyond the drawn range
     * (their events go on too). Dots, crowds and their counts are whole.
     */
    private void assertMarksWhole(RecordingCanvas c, int width) {
        for (int i = 0; i < c.shapeBoxes.size(); i++) {
            String item = c.shapeItems.get(i);
            Event e = item.startsWith("event:") ? byId.get(item.substring(6)) : null;
            if (e != null && e.date().granularity() != Granularity.DAY) {
                continue;
            }
            double[] s = c.shapeBoxes.get(i);
            boolean inside = s[0] >= s[4] - EPS && s[0] + s[2] <= s[4] + s[6] + EPS && s[0] >= -EPS
                    && s[0] + s[2] <= width + EPS;
            assertThat(inside).as("shape %s at x %.1f-%.1f cut by clip %.1f-%.1f (width %d)", item, s[0], s[0] + s[2],
                    s[4], s[4] + s[6], width).isTrue();
        }
    }
}
