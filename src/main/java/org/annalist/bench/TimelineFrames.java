package org.annalist.bench;

import java.util.Set;
import java.util.function.Consumer;
import org.annalist.analysis.Analysis;
import org.annalist.render.Canvas2D;
import org.annalist.timeline.ColourMode;
import org.annalist.timeline.LaneIndex;
import org.annalist.timeline.LaneMode;
import org.annalist.timeline.TimeScale;
import org.annalist.timeline.TimelineFrame;
import org.annalist.timeline.TimelineGeometry;
import org.annalist.timeline.TimelineRenderer;
import org.annalist.timeline.TimelineStyle;

/** The timeline frames the benchmark times, as painters of a {@link Canvas2D}. */
public final class TimelineFrames {

    // The window's timeline metrics (ui.timeline.TimelineSkin), repeated here because core code
    // cannot see the ui package.
    private static final double LABEL_WIDTH = 160;
    private static final double AXIS_HEIGHT = 32;
    private static final double LANE_HEIGHT = 26;

    private TimelineFrames() {
    }

    /**
     * One frame of the window while panning, all events in view: {@link TimelineFrame#paint}, the
     * window's own redraw, each frame panned by a pixel as a drag would. The lane index is built
     * once, as the window does when the filters change; {@link #indexMillis} times that.
     */
    public static Consumer<Canvas2D> window(Analysis analysis, double width, double height) {
        LaneIndex index = LaneIndex.build(analysis, analysis.events(), LaneMode.ACTOR);
        double plotWidth = width - LABEL_WIDTH - 16;
        TimeScale scale = TimeScale.fit(index.minDay(), index.maxDay(), plotWidth, 24);
        TimelineGeometry geometry = new TimelineGeometry(LABEL_WIDTH, 0, AXIS_HEIGHT, LANE_HEIGHT, plotWidth);
        int last = Math.min(index.lanes().size() - 1, (int) ((height - AXIS_HEIGHT) / LANE_HEIGHT));
        // as the window with one event selected and a search matching two: one item per cluster
        TimelineStyle style = new TimelineStyle(ColourMode.TYPE, false, "e5", Set.of("e7", "e9"), false);
        int[] frame = {0};
        return c -> TimelineFrame.paint(c, index, scale.pan(frame[0]++ % 7), geometry, geometry, style, 0,
                Math.max(0, last));
    }

    /** Time to build the lane index of every event (the window does it on each filter change). */
    public static double indexMillis(Analysis analysis) {
        long t0 = System.nanoTime();
        LaneIndex.build(analysis, analysis.events(), LaneMode.ACTOR);
        return (System.nanoTime() - t0) / 1e6;
    }

    /** The exported picture: {@link TimelineRenderer#render}, index included, all events. */
    public static Consumer<Canvas2D> picture(Analysis analysis) {
        return c -> TimelineRenderer.render(c, analysis, analysis.events(), "Benchmark", null, null);
    }
}
