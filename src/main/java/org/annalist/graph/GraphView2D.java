package org.annalist.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.annalist.analysis.GraphEdge;
import org.annalist.render.Canvas2D;
import org.annalist.render.Rgba;
import org.annalist.timeline.Palette;

/**
 * Draws the actor graph into a rectangle of any {@link Canvas2D} and answers what is under a point.
 * Edges are coloured by mean tone and sized by shared events; nodes sized by events; labels sit
 * on a background so they stay readable over edges.
 */
public final class GraphView2D {

    /** What the user selected or searched, for emphasis. */
    public record Emphasis(String selectedNode, GraphEdge selectedEdge, Set<String> highlightedNodes) {
        public static final Emphasis NONE = new Emphasis(null, null, Set.of());
    }

    private static final double PAD = 46;
    private final java.util.Map<String, double[]> drawnLabels = new java.util.LinkedHashMap<>();

    private final GraphModel model;
    private final ForceLayout layout;
    private final double x0;
    private final double y0;
    private final double w;
    private final double h;
    private double minX = 0;
    private double minY = 0;
    private double spanX = 1;
    private double spanY = 1;

    public GraphView2D(GraphModel model, ForceLayout layout, double x, double y, double width, double height) {
        this.model = model;
        this.layout = layout;
        this.x0 = x;
        this.y0 = y;
        this.w = Math.max(1, width);
        this.h = Math.max(1, height);
        // fit the layout's bounding box to the area, so a tight layout still fills the picture
        if (model.nodes().size() > 1) {
            double ax = Double.MAX_VALUE;
            double ay = Double.MAX_VALUE;
            double bx = -Double.MAX_VALUE;
            double by = -Double.MAX_VALUE;
            for (GraphModel.Node n : model.nodes()) {
                ForceLayout.Point p = layout.position(n.id());
                ax = Math.min(ax, p.x());
                ay = Math.min(ay, p.y());
                bx = Math.max(bx, p.x());
                by = Math.max(by, p.y());
            }
            minX = ax;
            minY = ay;
            spanX = Math.max(0.05, bx - ax);
            spanY = Math.max(0.05, by - ay);
        }
    }

    public double sx(String id) {
        return x0 + PAD + (layout.position(id).x() - minX) / spanX * Math.max(1, w - 2 * PAD);
    }

    public double sy(String id) {
        return y0 + PAD + (layout.position(id).y() - minY) / spanY * Math.max(1, h - 2 * PAD - 16);
    }

    /** The layout point under canvas point (x, y), for dragging. */
    public ForceLayout.Point toLayout(double x, double y) {
        return new ForceLayout.Point(minX + (x - x0 - PAD) / Math.max(1, w - 2 * PAD) * spanX,
                minY + (y - y0 - PAD) / Math.max(1, h - 2 * PAD - 16) * spanY);
    }

    public void paint(Canvas2D c, boolean dark, Emphasis emphasis) {
        Palette.Theme t = Palette.standard().theme(dark);
        String sel = emphasis.selectedNode();
        Set<String> around = sel == null ? Set.of() : model.neighbours(sel);
        c.save();
        c.clip(x0, y0, w, h);
        for (GraphEdge e : model.edges()) {
            c.beginItem("edge", e.source() + "--" + e.target());
            boolean touches = sel != null && (e.source().equals(sel) || e.target().equals(sel));
            if (e.equals(emphasis.selectedEdge()) || touches) {
                c.stroke(t.selection().withAlpha(touches ? 0.6 : 1));
                c.lineWidth(model.width(e) + (touches ? 4 : 6));
                c.strokeLine(sx(e.source()), sy(e.source()), sx(e.target()), sy(e.target()));
            }
            // with a node selected, the edges it is not part of step back
            double alpha = sel == null || touches ? 0.85 : 0.2;
            c.stroke(Palette.standard().tone(e.meanTone()).withAlpha(alpha));
            c.lineWidth(model.width(e));
            c.strokeLine(sx(e.source()), sy(e.source()), sx(e.target()), sy(e.target()));
            c.endItem();
        }
        LabelPlacer labels = new LabelPlacer(x0 + 2, y0 + 2, x0 + w - 2, y0 + h - 2);
        for (GraphModel.Node n : model.nodes()) {
            boolean faded = sel != null && !n.id().equals(sel) && !around.contains(n.id());
            paintNode(c, n, t, emphasis, faded);
            labels.node(n.id(), sx(n.id()), sy(n.id()), radius(n));
        }
        c.font(12, true);
        // Labels that must show come first (selected, focus actors, search matches), then the
        // busiest actors while there is room; see LabelPlacer.
        List<GraphModel.Node> order = new ArrayList<>(model.nodes());
        busiest = model.nodes().stream()
                .sorted(java.util.Comparator.comparingInt(GraphModel.Node::events).reversed())
                .limit(BUSIEST_LABELLED).map(GraphModel.Node::id).collect(java.util.stream.Collectors.toSet());
        order.sort(java.util.Comparator.comparingInt((GraphModel.Node n) -> priority(n, emphasis))
                .thenComparing(java.util.Comparator.comparingInt(GraphModel.Node::events).reversed()));
        int optional = 0;
        int maxOptional = (int) Math.max(6, w * h / 9000);
        drawnLabels.clear();
        for (GraphModel.Node n : order) {
            boolean must = priority(n, emphasis) < 3;
            if (!must && optional >= maxOptional) {
                continue;
            }
            String label = n.label() + " (" + n.events() + ")";
            double tw = c.textWidth(label);
            LabelPlacer.Placed p = labels.place(n.id(), sx(n.id()), sy(n.id()), radius(n), tw, must);
            if (p == null) {
                continue;
            }
            optional += must ? 0 : 1;
            paintLabel(c, n, label, p, t, sel != null && !n.id().equals(sel) && !around.contains(n.id()));
            drawnLabels.put(n.id(), p.box().clone());
        }
        c.restore();
    }

    /** 0 selected, 1 focus actor, 2 search match or one of the busiest actors, 3 the rest. */
    private int priority(GraphModel.Node n, Emphasis emphasis) {
        if (n.id().equals(emphasis.selectedNode())) {
            return 0;
        }
        if (model.focus().contains(n.id())) {
            return 1;
        }
        // the corpus's own subject (Libya in a Libya corpus) is the biggest disc: never left unnamed
        return emphasis.highlightedNodes().contains(n.id()) || busiest.contains(n.id()) ? 2 : 3;
    }

    /** How many of the busiest actors are labelled whatever the crowding. */
    private static final int BUSIEST_LABELLED = 3;
    private java.util.Set<String> busiest = java.util.Set.of();

    private void paintNode(Canvas2D c, GraphModel.Node n, Palette.Theme t, Emphasis emphasis, boolean faded) {
        double r = radius(n);
        double x = sx(n.id());
        double y = sy(n.id());
        c.beginItem("node", n.id());
        if (emphasis.highlightedNodes().contains(n.id())) {
            c.fill(t.highlight().withAlpha(0.5));
            c.fillOval(x - r - 6, y - r - 6, 2 * r + 12, 2 * r + 12);
        }
        boolean selected = n.id().equals(emphasis.selectedNode());
        if (selected) {
            c.fill(t.selection().withAlpha(0.35));
            c.fillOval(x - r - 7, y - r - 7, 2 * r + 14, 2 * r + 14);
        }
        c.fill(faded ? n.colour().withAlpha(0.3) : n.colour());
        c.fillOval(x - r, y - r, 2 * r, 2 * r);
        c.stroke(selected ? t.selection() : t.background());
        c.lineWidth(selected ? 4 : 2);
        c.strokeOval(x - r, y - r, 2 * r, 2 * r);
        c.endItem();
    }

    private void paintLabel(Canvas2D c, GraphModel.Node n, String label, LabelPlacer.Placed p, Palette.Theme t,
                            boolean faded) {
        double[] b = p.box();
        if (p.leader()) {
            // a label set apart keeps a thin line to its node, so it is never read as another's
            double bx = Math.max(b[0], Math.min(b[2], sx(n.id())));
            double by = Math.max(b[1], Math.min(b[3], sy(n.id())));
            c.stroke(t.muted());
            c.lineWidth(1);
            c.strokeLine(sx(n.id()), sy(n.id()), bx, by);
        }
        c.fill(t.background().withAlpha(faded ? 0.5 : 0.85));
        c.fillRoundRect(b[0], b[1], b[2] - b[0], b[3] - b[1], 6);
        c.stroke(n.colour().withAlpha(faded ? 0.3 : 0.9));
        c.lineWidth(1);
        c.strokeRect(b[0], b[1], b[2] - b[0], b[3] - b[1]);
        c.fill(faded ? t.muted() : t.text());
        c.fillText(label, p.textX(), p.textY());
    }

    /** The label boxes {x1, y1, x2, y2} drawn by the last {@link #paint}, by actor id. */
    public java.util.Map<String, double[]> drawnLabels() {
        return java.util.Collections.unmodifiableMap(drawnLabels);
    }

    /** Node radius, smaller in a small pane so that nodes do not cover each other. */
    public double radius(GraphModel.Node n) {
        return model.radius(n) * Math.max(0.5, Math.min(1, Math.min(w, h) / 480));
    }

    /** The node under (x, y), or {@code null}. */
    public GraphModel.Node nodeAt(double x, double y) {
        GraphModel.Node hit = null;
        for (GraphModel.Node n : model.nodes()) {
            if (Math.hypot(x - sx(n.id()), y - sy(n.id())) <= radius(n) + 2) {
                hit = n;
            }
        }
        return hit;
    }

    /** The edge under (x, y), or {@code null}; nodes take precedence, so test them first. */
    public GraphEdge edgeAt(double x, double y) {
        GraphEdge best = null;
        double bestDistance = Double.MAX_VALUE;
        for (GraphEdge e : model.edges()) {
            double d = distance(x, y, sx(e.source()), sy(e.source()), sx(e.target()), sy(e.target()));
            if (d <= model.width(e) / 2 + 4 && d < bestDistance) {
                best = e;
                bestDistance = d;
            }
        }
        return best;
    }

    static double distance(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
        return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
    }

    /** Legend for edge colours and sizes; returns the height used. */
    public static double paintLegend(Canvas2D c, double x, double y, Palette.Theme t) {
        c.beginItem("legend", "legend");
        c.font(12, false);
        double cx = x;
        for (int tone = -10; tone <= 10; tone += 5) {
            Rgba colour = Palette.standard().tone(tone);
            c.stroke(colour);
            c.lineWidth(4);
            c.strokeLine(cx, y + 10, cx + 24, y + 10);
            String label = tone == -10 ? "hostile" : tone == 10 ? "cooperative" : tone == 0 ? "neutral" : "";
            c.fill(t.text());
            c.fillText(label, cx + 28, y + 14);
            cx += 32 + c.textWidth(label) + 10;
        }
        c.fill(t.muted());
        c.fillText("edge colour: mean tone · width: shared events · node size: events", cx + 10, y + 14);
        c.endItem();
        return 22;
    }
}
