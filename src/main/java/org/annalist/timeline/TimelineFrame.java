package org.annalist.timeline;

import java.util.List;
import org.annalist.render.Canvas2D;

/**
 * One frame of the interactive timeline: lanes, axis and the visible marks, with the lane area
 * scrolled by {@code firstLane}. The window and the benchmark both draw through here.
 */
public final class TimelineFrame {

    private TimelineFrame() {
    }

    /**
     * @param axis      geometry of the axis band (not scrolled)
     * @param lanes     geometry of the lanes, shifted up by the scrolled lanes
     * @return the marks drawn, for hit-testing
     */
    public static List<Mark> paint(Canvas2D c, LaneIndex index, TimeScale scale, TimelineGeometry axis,
                                   TimelineGeometry lanes, TimelineStyle style, int firstLane, int lastLane) {
        return paint(c, index, scale, axis, lanes, style, firstLane, lastLane, null);
    }

    /** The same, with {@code underMarks} (if not null) drawn over lanes and axis but under the marks (the key-date layer). */
    public static List<Mark> paint(Canvas2D c, LaneIndex index, TimeScale scale, TimelineGeometry axis,
                                   TimelineGeometry lanes, TimelineStyle style, int firstLane, int lastLane,
                                   Runnable underMarks) {
        Palette.Theme theme = style.theme();
        double w = c.width();
        double h = c.height();
        double top = axis.lanesTop();
        c.fill(theme.background());
        c.fillRect(0, 0, w, h);
        c.save();
        c.clip(0, top, w, h - top);
        TimelinePainter.paintLanes(c, index, lanes, firstLane, lastLane, theme);
        List<Mark> marks = MarkLayout.layout(index, scale, lanes, firstLane, lastLane);
        c.restore();
        TimelinePainter.paintAxis(c, scale, axis, h, theme);
        if (underMarks != null) {
            underMarks.run();
        }
        c.save();
        c.clip(0, top, w, h - top);
        TimelinePainter.paintMarks(c, index, marks, lanes, style);
        c.restore();
        return marks;
    }
}
