package org.annalist.graph;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annalist.analysis.GraphEdge;

/**
 * Fruchterman-Reingold force layout in a unit square that cools and settles. Keeps positions when
 * the graph changes (the timeline range moves), so nodes do not jump; nodes can be pinned while
 * the user drags them. Deterministic: a new node starts at a position derived from its id.
 */
public final class ForceLayout {

    /** A position in the unit square. */
    public record Point(double x, double y) {
    }

    private static final double SETTLED = 0.0005;

    private final Map<String, double[]> pos = new HashMap<>();
    private final Map<String, double[]> memory = new HashMap<>();
    private final Set<String> pinned = new HashSet<>();
    private List<String> nodes = List.of();
    private List<GraphEdge> edges = List.of();
    private double temperature = 0.1;

    /**
     * Takes the new node and edge set. Known nodes keep their places; a node that comes back (an
     * actor re-enabled in the filter, or back in the visible range) returns where it was; a new
     * one starts next to the nodes it shares edges with (warm start), else at a spot derived from
     * its id. Heat is added only for new nodes, so hiding and showing actors leaves the picture put.
     */
    public void update(List<String> nodeIds, List<GraphEdge> newEdges) {
        nodes = List.copyOf(nodeIds);
        edges = List.copyOf(newEdges);
        pos.forEach((id, p) -> memory.put(id, p.clone()));
        Set<String> present = new HashSet<>(nodes);
        pos.keySet().retainAll(present);
        boolean fresh = false;
        for (String id : nodes) {
            if (pos.containsKey(id)) {
                continue;
            }
            double[] remembered = memory.get(id);
            if (remembered != null) {
                pos.put(id, remembered.clone());
            } else {
                pos.put(id, nearNeighbours(id));
                fresh = true;
            }
        }
        pinned.retainAll(pos.keySet());
        if (fresh) {
            // only new actors need room made for them; removals and returns leave the picture as it is
            temperature = Math.max(temperature, 0.05);
        }
    }

    /** The centre of the placed nodes {@code id} shares edges with, nudged by its id; or its seed. */
    private double[] nearNeighbours(String id) {
        double x = 0;
        double y = 0;
        int n = 0;
        for (GraphEdge e : edges) {
            String other = e.source().equals(id) ? e.target() : e.target().equals(id) ? e.source() : null;
            double[] p = other == null ? null : pos.get(other);
            if (p != null) {
                x += p[0];
                y += p[1];
                n++;
            }
        }
        double[] seed = seed(id);
        if (n == 0) {
            return seed;
        }
        return new double[] {x / n + (seed[0] - 0.5) * 0.1, y / n + (seed[1] - 0.5) * 0.1};
    }

    private static double[] seed(String id) {
        int h = id.hashCode();
        double angle = (h & 0xffff) / 65536.0 * 2 * Math.PI;
        double radius = 0.15 + ((h >>> 16) & 0xff) / 255.0 * 0.25;
        return new double[] {0.5 + radius * Math.cos(angle), 0.5 + radius * Math.sin(angle)};
    }

    /** One iteration; returns true while nodes still move. */
    public boolean step() {
        int n = nodes.size();
        if (n == 0 || temperature < SETTLED) {
            return false;
        }
        double k = Math.sqrt(1.0 / n) * 0.9;
        double[][] disp = new double[n][2];
        double[][] p = new double[n][];
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < n; i++) {
            p[i] = pos.get(nodes.get(i));
            at.put(nodes.get(i), i);
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double dx = p[i][0] - p[j][0];
                double dy = p[i][1] - p[j][1];
                double d2 = Math.max(1e-6, dx * dx + dy * dy);
                double f = k * k / d2;
                disp[i][0] += dx * f;
                disp[i][1] += dy * f;
                disp[j][0] -= dx * f;
                disp[j][1] -= dy * f;
            }
        }
        for (GraphEdge e : edges) {
            Integer a = at.get(e.source());
            Integer b = at.get(e.target());
            if (a == null || b == null) {
                continue;
            }
            double dx = p[a][0] - p[b][0];
            double dy = p[a][1] - p[b][1];
            double d = Math.max(1e-3, Math.sqrt(dx * dx + dy * dy));
            double f = d / k * (1 + Math.log1p(e.weight()) * 0.15);
            disp[a][0] -= dx * f;
            disp[a][1] -= dy * f;
            disp[b][0] += dx * f;
            disp[b][1] += dy * f;
        }
        double moved = 0;
        for (int i = 0; i < n; i++) {
            // a weak pull to the centre keeps disconnected actors on screen
            disp[i][0] += (0.5 - p[i][0]) * k * 0.6;
            disp[i][1] += (0.5 - p[i][1]) * k * 0.6;
            if (pinned.contains(nodes.get(i))) {
                continue;
            }
            double len = Math.max(1e-9, Math.hypot(disp[i][0], disp[i][1]));
            double step = Math.min(len, temperature);
            p[i][0] = clamp(p[i][0] + disp[i][0] / len * step);
            p[i][1] = clamp(p[i][1] + disp[i][1] / len * step);
            moved = Math.max(moved, step);
        }
        temperature *= 0.95;
        return moved > SETTLED;
    }

    /** Runs until settled or {@code maxSteps}; for static pictures. */
    public void settle(int maxSteps) {
        for (int i = 0; i < maxSteps && step(); i++) {
            // iterate
        }
    }

    private static double clamp(double v) {
        return Math.max(0.04, Math.min(0.96, v));
    }

    public boolean isSettled() {
        return temperature < SETTLED;
    }

    public Point position(String id) {
        double[] p = pos.get(id);
        return p == null ? new Point(0.5, 0.5) : new Point(p[0], p[1]);
    }

    /** Moves a node to (x, y) and holds it there until {@link #release}. */
    public void pin(String id, double x, double y) {
        double[] p = pos.get(id);
        if (p != null) {
            p[0] = clamp(x);
            p[1] = clamp(y);
            pinned.add(id);
            temperature = Math.max(temperature, 0.03);
        }
    }

    public void release(String id) {
        pinned.remove(id);
    }
}
