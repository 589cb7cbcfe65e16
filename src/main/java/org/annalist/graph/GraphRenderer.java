package org.annalist.graph;

import java.util.List;
import org.annalist.analysis.Analysis;
import org.annalist.events.Event;
import org.annalist.render.Canvas2D;
import org.annalist.timeline.Palette;
import org.annalist.timeline.TimelinePainter;
import org.annalist.timeline.TimelineRenderer;

/**
 * Draws a complete, static actor-graph picture (title, nodes, edges, legend, footer) onto any
 * {@link Canvas2D}: the PNG and SVG exports use it.
 */
public final class GraphRenderer {

    private static final double TITLE_BAND = 84;

    private GraphRenderer() {
    }

    public static double preferredHeight(Analysis analysis, List<Event> shown, double width) {
        return TITLE_BAND + width * 0.6 + 40 + TimelineRenderer.footerHeight(analysis);
    }

    public static void render(Canvas2D canvas, Analysis analysis, List<Event> shown, String title) {
        render(canvas, analysis, shown, title, null);
    }

    /** @param caption the line under the title, or {@code null}/blank for the dates of the events */
    public static void render(Canvas2D canvas, Analysis analysis, List<Event> shown, String title, String caption) {
        Palette.Theme t = Palette.standard().theme(false);
        canvas.fill(t.background());
        canvas.fillRect(0, 0, canvas.width(), canvas.height());
        GraphModel model = GraphModel.of(analysis, shown);
        double textWidth = canvas.width() - 40;
        canvas.fill(t.text());
        canvas.font(20, true);
        canvas.fillText(TimelinePainter.fit(canvas, title, textWidth), 20, 32);
        canvas.font(13, false);
        String line = caption == null || caption.isBlank() ? TimelineRenderer.dates(shown) : caption;
        canvas.fillText(TimelinePainter.fit(canvas, line, textWidth), 20, 54);
        canvas.font(12, false);
        canvas.fill(t.muted());
        canvas.fillText(model.nodes().size() + " actors · " + model.edges().size() + " links · "
                + shown.size() + " events", 20, 72);
        ForceLayout layout = new ForceLayout();
        layout.update(model.nodes().stream().map(GraphModel.Node::id).toList(), model.edges());
        layout.settle(500);
        double footer = TimelineRenderer.footerHeight(analysis);
        double graphHeight = Math.max(100, canvas.height() - TITLE_BAND - footer - 40);
        new GraphView2D(model, layout, 0, TITLE_BAND, canvas.width(), graphHeight)
                .paint(canvas, false, GraphView2D.Emphasis.NONE);
        double y = TITLE_BAND + graphHeight + 6;
        GraphView2D.paintLegend(canvas, 20, y, t);
        TimelineRenderer.footer(canvas, analysis, y + 30);
    }
}
