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
    private static final int MAX_LABELS = 18;

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
        c.save();
        c.clip(x0, y0, w, h);
        for (GraphEdge e : model.edges()) {
            c.beginItem("edge", e.source() + "--" + e.target());
            boolean selected = e.equals(emphasis.selectedEdge());
            if (selected) {
                c.stroke(t.selection());
                c.lineWidth(model.width(e) + 6);
                c.strokeLine(sx(e.source()), sy(e.source()), sx(e.target()), sy(e.target()));
            }
            c.stroke(Palette.standard().tone(e.meanTone()).withAlpha(0.85));
            c.lineWidth(model.width(e));
            c.strokeLine(sx(e.source()), sy(e.source()), sx(e.target()), sy(e.target()));
            c.endItem();
        }
        for (GraphModel.Node n : model.nodes()) {
            paintNode(c, n, t, emphasis);
        }
        c.font(12, true);
        // Busiest and emphasised actors are labelled first; a label that would cover one already
        // placed tries the other sides of its node and is left out if none is free, so the graph
        // never shows a pile of unreadable text (the node keeps its tooltip).
        int labelled = 0;
        List<GraphModel.Node> byEvents = new ArrayList<>(model.nodes());
        byEvents.sort(java.util.Comparator.comparing((GraphModel.Node n) -> !isEmphasised(n, emphasis))
                .thenComparing(java.util.Comparator.comparingInt(GraphModel.Node::events).reversed()));
        List<double[]> placed = new ArrayList<>();
        for (GraphModel.Node n : byEvents) {
            boolean emphasised = isEmphasised(n, emphasis);
            if ((labelled < MAX_LABELS || emphasised) && paintLabel(c, n, t, placed, emphasised)) {
                labelled++;
            }
        }
        c.restore();
    }

    private void paintNode(Canvas2D c, GraphModel.Node n, Palette.Theme t, Emphasis emphasis) {
        double r = radius(n);
        double x = sx(n.id());
        double y = sy(n.id());
        c.beginItem("node", n.id());
        if (emphasis.highlightedNodes().contains(n.id())) {
            c.fill(t.highlight().withAlpha(0.5));
            c.fillOval(x - r - 6, y - r - 6, 2 * r + 12, 2 * r + 12);
        }
        c.fill(n.colour());
        c.fillOval(x - r, y - r, 2 * r, 2 * r);
        c.stroke(n.id().equals(emphasis.selectedNode()) ? t.selection() : t.background());
        c.lineWidth(n.id().equals(emphasis.selectedNode()) ? 4 : 2);
        c.strokeOval(x - r, y - r, 2 * r, 2 * r);
        c.endItem();
    }

    private static boolean isEmphasised(GraphModel.Node n, Emphasis emphasis) {
        return n.id().equals(emphasis.selectedNode()) || emphasis.highlightedNodes().contains(n.id());
    }

    /** Draws the label at the first free side of its node (below, above, right, left). */
    private boolean paintLabel(Canvas2D c, GraphModel.Node n, Palette.Theme t, List<double[]> placed,
                               boolean force) {
        String label = n.label() + " (" + n.events() + ")";
        double tw = c.textWidth(label);
        double r = radius(n);
        double cx = sx(n.id());
        double cy = sy(n.id());
        double[][] baselines = {
            {cx - tw / 2, cy + r + 16}, {cx - tw / 2, cy - r - 8},
            {cx + r + 6, cy + 5}, {cx - r - 6 - tw, cy + 5}};
        double[] chosen = null;
        for (double[] b : baselines) {
            double[] box = labelBox(b, tw);
            if (placed.stream().noneMatch(p -> overlaps(p, box))) {
                chosen = box;
                break;
            }
        }
        if (chosen == null) {
            if (!force) {
                return false;
            }
            chosen = labelBox(baselines[0], tw);
        }
        placed.add(chosen);
        c.fill(t.background().withAlpha(0.8));
        c.fillRoundRect(chosen[0], chosen[1], chosen[2] - chosen[0], chosen[3] - chosen[1], 6);
        c.fill(t.text());
        c.fillText(label, chosen[0] + 4, chosen[1] + 13);
        return true;
    }

    /** The label's box {x1, y1, x2, y2} for a baseline start, kept inside the pane. */
    private double[] labelBox(double[] baseline, double tw) {
        double x = Math.max(x0 + 4, Math.min(x0 + w - tw - 6, baseline[0]));
        double y = Math.max(y0 + 14, Math.min(y0 + h - 6, baseline[1]));
        return new double[] {x - 4, y - 13, x + tw + 4, y + 5};
    }

    private static boolean overlaps(double[] a, double[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
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
