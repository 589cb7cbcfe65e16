package org.annalist.timeline;

import java.util.List;
import org.annalist.events.Event;
import org.annalist.events.EventStatus;
import org.annalist.render.Canvas2D;
import org.annalist.render.Rgba;

/**
 * Draws the axis, lanes and marks onto any {@link Canvas2D}. Shared by the window (JavaFX canvas)
 * and the exports, so they look the same.
 */
public final class TimelinePainter {

    public static final double TICK_SPACING = 70;

    private TimelinePainter() {
    }

    /** Lane backgrounds and headers for lanes {@code first..last}. */
    public static void paintLanes(Canvas2D c, LaneIndex index, TimelineGeometry g, int first, int last,
                                  Palette.Theme t) {
        double right = g.left() + g.plotWidth();
        c.font(12, false);
        for (int lane = Math.max(0, first); lane <= Math.min(last, index.lanes().size() - 1); lane++) {
            Lane l = index.lanes().get(lane);
            double y = g.laneTop(lane);
            if (lane % 2 == 1) {
                c.fill(t.laneAlt());
                c.fillRect(0, y, right, g.laneHeight());
            }
            c.fill(l.colour());
            c.fillRect(4, y + 4, 4, g.laneHeight() - 8);
            c.fill(t.text());
            c.fillText(fit(c, l.label(), g.left() - 18), 13, y + g.laneHeight() / 2 + 4);
        }
        c.stroke(t.grid());
        c.lineWidth(1);
        c.strokeLine(g.left() - 0.5, g.lanesTop(), g.left() - 0.5, g.height(index.lanes().size()));
    }

    /** The axis band with adaptive ticks, and faint grid lines down through {@code bottom}. */
    public static void paintAxis(Canvas2D c, TimeScale scale, TimelineGeometry g, double bottom, Palette.Theme t) {
        List<AxisTicks.Tick> ticks = AxisTicks.ticks(scale, TICK_SPACING);
        double right = g.left() + g.plotWidth();
        // a label may run on past the plot into the margin, never past the picture's edge
        double labelRight = Math.max(right, c.width() - 2);
        c.save();
        c.clip(g.left(), g.top(), g.plotWidth(), bottom - g.top());
        c.lineWidth(1);
        c.stroke(t.grid());
        for (AxisTicks.Tick tick : ticks) {
            double x = Math.round(g.left() + tick.x()) + 0.5;
            c.strokeLine(x, g.top() + g.axisHeight() - 8, x, bottom);
        }
        c.restore();
        c.save();
        c.clip(g.left(), g.top(), labelRight - g.left(), g.axisHeight());
        c.font(12, false);
        c.fill(t.muted());
        double labelEnd = -Double.MAX_VALUE;
        for (AxisTicks.Tick tick : ticks) {
            double x = Math.round(g.left() + tick.x()) + 0.5;
            double w = c.textWidth(tick.label());
            if (x < g.left() || x > right) {
                continue;
            }
            // right of its tick; at the right edge, where it would run out of the picture, left of it;
            // a label that would run into the previous one is left out (its grid line stays)
            double at = x + 4 + w <= labelRight ? x + 4 : x - 4 - w;
            if (at > labelEnd + 6 && at >= g.left()) {
                c.fillText(tick.label(), at, g.top() + g.axisHeight() - 12);
                labelEnd = at + w;
            }
        }
        c.restore();
        c.stroke(t.grid());
        c.strokeLine(g.left(), g.lanesTop() - 0.5, g.left() + g.plotWidth(), g.lanesTop() - 0.5);
    }

    public static Rgba colour(Event e, ColourMode mode) {
        return mode == ColourMode.TONE ? Palette.standard().tone(e.tone()) : Palette.standard().type(e.type());
    }

    /** Events as dots (or bars for vague dates), planned ones hollow and dashed; crowds as stacked bars. */
    public static void paintMarks(Canvas2D c, LaneIndex index, List<Mark> marks, TimelineGeometry g,
                                  TimelineStyle style) {
        Palette.Theme t = style.theme();
        double r = TimelineGeometry.MARK_RADIUS;
        c.save();
        c.clip(g.left(), g.lanesTop(), g.plotWidth(), g.height(index.lanes().size()) - g.lanesTop());
        for (Mark m : marks) {
            if (m.isCluster()) {
                paintCluster(c, index, m, style, t);
                continue;
            }
            Event e = index.event(m.event());
            c.beginItem("event", e.id());
            Rgba colour = colour(e, style.colourMode());
            boolean planned = e.status() == EventStatus.PLANNED;
            if (style.highlighted().contains(e.id())) {
                c.fill(t.highlight().withAlpha(0.45));
                c.fillRoundRect(m.x1() - 4, m.y() - r - 4, m.x2() - m.x1() + 8, 2 * r + 8, 2 * r + 8);
            }
            if (m.span()) {
                paintSpan(c, m, colour, planned, r);
            } else {
                paintDot(c, m, colour, planned, r, t);
            }
            if (e.id().equals(style.selectedId())) {
                c.stroke(t.selection());
                c.lineWidth(2.5);
                c.dashes();
                c.strokeRect(m.x1() - 3, m.y() - r - 3, m.x2() - m.x1() + 6, 2 * r + 6);
            }
            c.endItem();
        }
        c.restore();
    }

    /**
     * A crowd fanned out under the pointer ({@link MarkLayout#fanOut}): its dots on a raised
     * backdrop over whatever lies beneath, each in its colour, the selected one framed.
     */
    public static void paintFan(Canvas2D c, LaneIndex index, List<Mark> fan, TimelineGeometry g, TimelineStyle style) {
        if (fan.isEmpty()) {
            return;
        }
        Palette.Theme t = style.theme();
        double r = TimelineGeometry.MARK_RADIUS;
        Mark first = fan.get(0);
        Mark last = fan.get(fan.size() - 1);
        double x = first.x1() - 4;
        double w = last.x2() - first.x1() + 8;
        c.fill(t.background());
        c.fillRoundRect(x, first.y() - r - 4, w, 2 * r + 8, 2 * r + 8);
        c.stroke(t.muted());
        c.lineWidth(1);
        c.strokeRect(x, first.y() - r - 4, w, 2 * r + 8);
        paintMarks(c, index, fan, g, style);
    }

    private static void paintDot(Canvas2D c, Mark m, Rgba colour, boolean planned, double r, Palette.Theme t) {
        double x = m.centre() - r;
        if (planned) {
            c.fill(t.background());
            c.fillOval(x, m.y() - r, 2 * r, 2 * r);
            c.stroke(colour);
            c.lineWidth(2);
            c.dashes(2, 2);
            c.strokeOval(x + 1, m.y() - r + 1, 2 * r - 2, 2 * r - 2);
            c.dashes();
        } else {
            c.fill(colour);
            c.fillOval(x, m.y() - r, 2 * r, 2 * r);
        }
    }

    private static void paintSpan(Canvas2D c, Mark m, Rgba colour, boolean planned, double r) {
        double w = m.x2() - m.x1();
        c.fill(colour.withAlpha(planned ? 0.12 : 0.35));
        c.fillRoundRect(m.x1(), m.y() - r, w, 2 * r, r);
        c.stroke(colour);
        c.lineWidth(1.5);
        if (planned) {
            c.dashes(4, 3);
        }
        c.strokeRect(m.x1(), m.y() - r, w, 2 * r);
        c.dashes();
    }

    private static void paintCluster(Canvas2D c, LaneIndex index, Mark m, TimelineStyle style, Palette.Theme t) {
        double r = TimelineGeometry.MARK_RADIUS + 2;
        LaneIndex.LaneEvents le = index.laneEvents(m.lane());
        boolean selected = index.contains(m.lane(), m.from(), m.to(), style.selectedId());
        boolean highlighted = false;
        if (style.highlighted().size() < m.count()) {
            for (String id : style.highlighted()) {
                highlighted |= index.contains(m.lane(), m.from(), m.to(), id);
            }
        } else {
            for (int i = m.from(); i < m.to() && !highlighted; i++) {
                highlighted = style.highlighted().contains(index.event(le.event[i]).id());
            }
        }
        if (style.itemPerEvent()) {
            for (int i = m.from(); i < m.to(); i++) {
                // vector exports keep one element per event even where the picture shows a count
                Event e = index.event(le.event[i]);
                c.beginItem("event", e.id());
                c.fill(colour(e, style.colourMode()));
                // inside the bar, which covers them
                c.fillOval(m.x1() + (m.x2() - m.x1() - 4) * (i - m.from()) / Math.max(1, m.count() - 1),
                        m.y() - 2, 4, 4);
                c.endItem();
            }
        }
        double x = m.x1();
        double w = m.x2() - m.x1();
        // taller for busier crowds: 10 px for a pair, the full 16 px from about a hundred events
        double bh = Math.min(2 * r + 2, 10 + 3 * Math.log10(m.count()));
        double top = m.y() - bh / 2;
        if (highlighted) {
            c.fill(t.highlight().withAlpha(0.45));
            c.fillRoundRect(x - 4, top - 4, w + 8, bh + 8, bh + 8);
        }
        paintStack(c, index, m, style, x, top, w, bh);
        c.stroke(t.background());
        c.lineWidth(1);
        c.strokeRect(x, top, w, bh);
        String label = String.valueOf(m.count());
        c.font(10, true);
        double tw = c.textWidth(label);
        if (tw + 6 <= w) {
            // the count sits on a backdrop of the background colour so it reads on any segment
            c.fill(t.background().withAlpha(0.85));
            c.fillRoundRect(x + (w - tw) / 2 - 3, m.y() - 6, tw + 6, 12, 6);
            c.fill(t.text());
            c.fillText(label, x + (w - tw) / 2, m.y() + 4);
        }
        if (selected) {
            c.stroke(t.selection());
            c.lineWidth(2.5);
            c.strokeRect(x - 3, top - 3, w + 6, bh + 6);
        }
    }

    /** Events looked at to colour a crowd; larger crowds are sampled evenly so a frame stays cheap. */
    static final int STACK_SAMPLE = 24;
    /** Tone buckets of a crowd coloured by tone, from hostile to cooperative. */
    private static final int TONE_BUCKETS = 5;
    /** Event types in the order their segments are stacked: by hue, so families sit together. */
    private static final org.annalist.events.EventType[] TYPE_ORDER = java.util.Arrays.stream(
            org.annalist.events.EventType.values())
            .sorted(java.util.Comparator.comparingDouble(ty -> hue(Palette.standard().type(ty))))
            .toArray(org.annalist.events.EventType[]::new);

    /**
     * The crowd as a bar stacked by colour (type, or tone from hostile to cooperative), each colour
     * as wide as its share of the crowd's events. Counting goes into a small int array, no maps, as
     * a busy frame has a thousand crowds.
     */
    private static void paintStack(Canvas2D c, LaneIndex index, Mark m, TimelineStyle style, double x, double top,
                                   double w, double h) {
        LaneIndex.LaneEvents le = index.laneEvents(m.lane());
        boolean byTone = style.colourMode() == ColourMode.TONE;
        int[] counts = new int[byTone ? TONE_BUCKETS : TYPE_ORDER.length];
        int n = Math.min(m.count(), STACK_SAMPLE);
        for (int k = 0; k < n; k++) {
            Event e = index.event(le.event[m.from() + (int) ((long) k * m.count() / n)]);
            counts[byTone ? toneBucket(e.tone()) : e.type().ordinal()]++;
        }
        double at = x;
        for (int b = 0; b < counts.length; b++) {
            int bucket = byTone ? b : TYPE_ORDER[b].ordinal();
            if (counts[bucket] == 0) {
                continue;
            }
            double sw = w * counts[bucket] / n;
            c.fill(byTone ? Palette.standard().tone(-10 + 20.0 * bucket / (TONE_BUCKETS - 1))
                    : Palette.standard().type(TYPE_ORDER[b]));
            c.fillRect(at, top, sw, h);
            at += sw;
        }
    }

    private static int toneBucket(double tone) {
        return (int) Math.max(0, Math.min(TONE_BUCKETS - 1, Math.round((tone + 10) / 20 * (TONE_BUCKETS - 1))));
    }

    /** The hue of a colour (0-6), greys last, to order stack segments. */
    private static double hue(Rgba c) {
        double r = c.red();
        double g = c.green();
        double b = c.blue();
        double max = Math.max(r, Math.max(g, b));
        double min = Math.min(r, Math.min(g, b));
        if (max - min < 12) {
            return 7;
        }
        double hh = max == r ? (g - b) / (max - min) : max == g ? 2 + (b - r) / (max - min) : 4 + (r - g) / (max - min);
        return (hh + 6) % 6;
    }

    /** Cuts {@code text} with an ellipsis so that it fits {@code width}. */
    public static String fit(Canvas2D c, String text, double width) {
        if (c.textWidth(text) <= width) {
            return text;
        }
        int n = text.length();
        while (n > 1 && c.textWidth(text.substring(0, n) + "…") > width) {
            n = Math.max(1, n - Math.max(1, (n / 8)));
        }
        return text.substring(0, n) + "…";
    }
}
