package org.annalist.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * Places node labels so that each visibly belongs to its node and none covers another label or
 * node: it tries eight spots touching the node (below, above, right, left, then the corners), then
 * the same four sides further out with a leader line. A label that must be shown (a focus actor,
 * the selected or a searched node) takes the least-covered spot when none is free; any other is
 * left out, and the node keeps its tooltip.
 */
final class LabelPlacer {

    /** A placed label: its box {x1, y1, x2, y2}, its baseline start, and whether it needs a leader line. */
    record Placed(String id, double[] box, double textX, double textY, boolean leader) {
    }

    private static final double H = 18;
    private static final double FAR = 18;
    private static final double LABEL_WEIGHT = 100;

    private final double minX;
    private final double minY;
    private final double maxX;
    private final double maxY;
    private final List<double[]> nodes = new ArrayList<>();
    private final List<String> nodeIds = new ArrayList<>();
    private final List<Placed> placed = new ArrayList<>();

    LabelPlacer(double minX, double minY, double maxX, double maxY) {
        this.minX = minX;
        this.minY = minY;
        this.maxX = maxX;
        this.maxY = maxY;
    }

    /** Registers a node's disc (as its box) as something labels must not cover. */
    void node(String id, double cx, double cy, double r) {
        nodes.add(new double[] {cx - r, cy - r, cx + r, cy + r});
        nodeIds.add(id);
    }

    /** Finds a spot for a label {@code tw} wide next to node {@code id}; null when it is left out. */
    Placed place(String id, double cx, double cy, double r, double tw, boolean must) {
        double w = tw + 8;
        double[][] spots = {
            {cx - w / 2, cy + r + 2}, {cx - w / 2, cy - r - 2 - H}, {cx + r + 3, cy - H / 2}, {cx - r - 3 - w, cy - H / 2},
            {cx + r * 0.7, cy + r * 0.7}, {cx + r * 0.7, cy - r * 0.7 - H}, {cx - r * 0.7 - w, cy + r * 0.7},
            {cx - r * 0.7 - w, cy - r * 0.7 - H},
            {cx - w / 2, cy + r + FAR}, {cx - w / 2, cy - r - FAR - H}, {cx + r + FAR, cy - H / 2},
            {cx - r - FAR - w, cy - H / 2},
            // a label that must show may go twice as far out, with its leader line, before it covers another
            {cx - w / 2, cy + r + 2 * FAR}, {cx - w / 2, cy - r - 2 * FAR - H}, {cx + r + 2 * FAR, cy - H / 2},
            {cx - r - 2 * FAR - w, cy - H / 2}, {cx + r + FAR, cy + r + FAR}, {cx + r + FAR, cy - r - FAR - H},
            {cx - r - FAR - w, cy + r + FAR}, {cx - r - FAR - w, cy - r - FAR - H}};
        Placed best = null;
        double bestCover = Double.MAX_VALUE;
        int tried = must ? spots.length : 12;
        for (int k = 0; k < tried; k++) {
            double[] box = {spots[k][0], spots[k][1], spots[k][0] + w, spots[k][1] + H};
            boolean inside = box[0] >= minX && box[1] >= minY && box[2] <= maxX && box[3] <= maxY;
            if (!inside && !must) {
                continue;
            }
            if (!inside) {
                box = clampBox(box);
            }
            double cover = cover(box, id) + (inside ? 0 : 1e6) + k; // nearer spots win ties
            Placed p = new Placed(id, box, box[0] + 4, box[1] + 13, k >= 8 || !inside);
            if (cover < 1 + k && inside) {
                placed.add(p);
                return p;
            }
            if (cover < bestCover) {
                best = p;
                bestCover = cover;
            }
        }
        if (must && best != null) {
            placed.add(best);
            return best;
        }
        return null;
    }

    private double[] clampBox(double[] b) {
        double dx = Math.max(minX - b[0], Math.min(0, maxX - b[2]));
        double dy = Math.max(minY - b[1], Math.min(0, maxY - b[3]));
        return new double[] {b[0] + dx, b[1] + dy, b[2] + dx, b[3] + dy};
    }

    /**
     * Area of {@code box} covered by labels already placed and by other nodes; a label over another
     * label counts far more, since two texts on top of each other are unreadable while a node shows through.
     */
    private double cover(double[] box, String self) {
        double sum = 0;
        for (Placed p : placed) {
            sum += LABEL_WEIGHT * overlap(box, p.box());
        }
        for (int i = 0; i < nodes.size(); i++) {
            if (!nodeIds.get(i).equals(self)) {
                sum += overlap(box, nodes.get(i));
            }
        }
        return sum;
    }

    static double overlap(double[] a, double[] b) {
        double w = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
        double h = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
        return w > 0 && h > 0 ? w * h : 0;
    }

    List<Placed> placed() {
        return placed;
    }
}
