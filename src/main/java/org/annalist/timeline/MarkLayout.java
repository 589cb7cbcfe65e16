package org.annalist.timeline;

import java.util.ArrayList;
import java.util.List;
import org.annalist.events.Event;
import org.annalist.events.Granularity;

/**
 * Places the marks that are in view. Walks each lane from the first visible event (binary search)
 * to the last, so the cost follows what is visible. Events of one day fan out side by side across
 * the day when it is wide enough; otherwise, and wherever at least {@link #CLUSTER_MIN} marks are
 * closer than {@link #CLUSTER_PX}, they fold into one crowd mark (drawn as a bar stacked by
 * colour). Marks that would still touch are merged, so no two marks of a lane overlap, except
 * vague dates drawn as translucent bars behind the dots.
 */
public final class MarkLayout {

    public static final double CLUSTER_PX = 24;
    public static final int CLUSTER_MIN = 3;
    /** Widest a crowd grows by merging with its neighbours. */
    public static final double MAX_CROWD_PX = 3 * CLUSTER_PX;
    /** Narrowest a crowd is trimmed to when it gives way to a neighbour. */
    static final double MIN_CROWD_PX = 8;
    /** How far dots and crowds stay from the plot's edges: their selection frame fits. */
    static final double EDGE_INSET = 5;
    /** Centre-to-centre distance of fanned-out dots: a dot and a pixel of air on each side. */
    public static final double FAN_PITCH = 2 * TimelineGeometry.MARK_RADIUS + 2;

    private MarkLayout() {
    }

    public static List<Mark> layout(LaneIndex index, TimeScale scale, TimelineGeometry g, int firstLane,
                                    int lastLane) {
        List<Mark> marks = new ArrayList<>();
        double r = TimelineGeometry.MARK_RADIUS;
        double fromDay = scale.day(-r);
        double toDay = scale.day(scale.width() + r);
        for (int lane = Math.max(0, firstLane); lane <= Math.min(lastLane, index.lanes().size() - 1); lane++) {
            LaneIndex.LaneEvents le = index.laneEvents(lane);
            double y = g.laneCentre(lane);
            int laneStart = marks.size();
            // in a crowded lane every event is a point at its start, so bars cannot pile up
            boolean crowded = lowerBound(le.start, 0, le.size(), toDay) - lowerBound(le.start, 0, le.size(), fromDay)
                    > scale.width() / CLUSTER_PX;
            int i = crowded ? lowerBound(le.start, 0, le.size(), fromDay) : le.firstFrom(fromDay);
            while (i < le.size() && le.start[i] <= toDay) {
                if (le.end[i] < fromDay) {
                    i++;
                    continue;
                }
                if (!crowded && isBar(index, le, i, scale)) {
                    // a vague date wide enough to show as a bar, or one reaching in from the left
                    marks.add(single(index, le, i, scale, g, lane, y));
                    i++;
                    continue;
                }
                int sameDay = lowerBound(le.start, i + 1, le.size(), le.start[i] + 1);
                if (sameDay - i > 1 && !crowded && (sameDay - i) * FAN_PITCH <= scale.pixelsPerDay()) {
                    fan(index, le, i, sameDay, scale, g, lane, y, marks);
                    i = sameDay;
                    continue;
                }
                // binary search for the end of the crowd: the cost follows the marks, not the events
                int j = Math.max(sameDay,
                        lowerBound(le.start, i + 1, le.size(), le.start[i] + CLUSTER_PX * scale.daysPerPixel()));
                if (j - i >= CLUSTER_MIN || sameDay - i > 1) {
                    marks.add(crowd(le, i, j, scale, g, lane, y));
                    i = j;
                } else {
                    marks.add(single(index, le, i, scale, g, lane, y));
                    i++;
                }
            }
            separate(marks, laneStart, g);
        }
        return marks;
    }

    private static boolean isBar(LaneIndex index, LaneIndex.LaneEvents le, int i, TimeScale scale) {
        double r = TimelineGeometry.MARK_RADIUS;
        boolean vague = index.event(le.event[i]).date().granularity() != Granularity.DAY;
        return vague && (le.end[i] - le.start[i]) * scale.pixelsPerDay() > 2 * r
                || scale.x(le.start[i]) < -r && le.end[i] - le.start[i] > 1;
    }

    /** Events {@code [from, to)} of one day, side by side across the day; vague ones as their bars. */
    private static void fan(LaneIndex index, LaneIndex.LaneEvents le, int from, int to, TimeScale scale,
                            TimelineGeometry g, int lane, double y, List<Mark> marks) {
        double r = TimelineGeometry.MARK_RADIUS;
        double dayLeft = g.left() + scale.x(le.start[from]);
        double pitch = scale.pixelsPerDay() / (to - from);
        for (int k = from; k < to; k++) {
            if (isBar(index, le, k, scale)) {
                marks.add(single(index, le, k, scale, g, lane, y));
                continue;
            }
            double c = dayLeft + (k - from + 0.5) * pitch;
            marks.add(new Mark(lane, c - r, c + r, y, k, k + 1, le.event[k], false));
        }
    }

    private static Mark crowd(LaneIndex.LaneEvents le, int i, int j, TimeScale scale, TimelineGeometry g, int lane,
                              double y) {
        double r = TimelineGeometry.MARK_RADIUS;
        double x0 = g.left() + scale.x(le.start[i]);
        double xEnd = g.left() + scale.x(le.start[j - 1]) + Math.min(scale.pixelsPerDay(), 2 * r);
        return new Mark(lane, x0 - r, Math.max(xEnd + r, x0 + 3 * r), y, i, j, -1, false);
    }

    /**
     * Keeps neighbouring dot and crowd marks of one lane (those appended since {@code laneStart})
     * inside the plot and from touching, so that badges never overlap and nothing is cut at an
     * edge: a mark reaching past the plot's left or right edge is moved in (by at most a mark's
     * width: its events lie at the edge), then touching marks merge into one crowd up to
     * {@link #MAX_CROWD_PX} wide; beyond that a crowd gives up the few pixels it overlaps by, so a
     * busy month reads as a row of abutting bars, each of which zooms into its own days. A crowd
     * that merges across vague-date bars takes them in (their events are then counted in it, so
     * every event is still shown exactly once). Vague-date bars are otherwise left as they are:
     * one that reaches beyond the plot goes on beyond it.
     */
    private static void separate(List<Mark> marks, int laneStart, TimelineGeometry g) {
        // the inset leaves room for a selection frame or search halo round a mark at the edge
        double left = g.left() + EDGE_INSET;
        double right = g.left() + g.plotWidth() - EDGE_INSET;
        int out = laneStart;
        int last = -1; // the last dot or crowd kept
        for (int k = laneStart; k < marks.size(); k++) {
            Mark m = marks.get(k);
            if (m.span()) {
                marks.set(out++, m);
                continue;
            }
            m = inside(m, left, right);
            Mark prev = last >= 0 ? marks.get(last) : null;
            if (prev == null || m.x1() >= prev.x2() + 1) {
                last = out;
                marks.set(out++, m);
            } else if (Math.max(prev.x2(), m.x2()) - prev.x1() <= MAX_CROWD_PX || !prev.isCluster() && !m.isCluster()) {
                out = merge(marks, last, out, m);
            } else if (m.isCluster() && m.x2() - (prev.x2() + 1) >= MIN_CROWD_PX) {
                last = out;
                marks.set(out++, new Mark(m.lane(), prev.x2() + 1, m.x2(), m.y(), m.from(), m.to(), -1, false));
            } else if (prev.isCluster() && (m.x1() - 1) - prev.x1() >= MIN_CROWD_PX) {
                marks.set(last, new Mark(prev.lane(), prev.x1(), m.x1() - 1, prev.y(), prev.from(), prev.to(),
                        -1, false));
                last = out;
                marks.set(out++, m);
            } else {
                out = merge(marks, last, out, m);
            }
        }
        marks.subList(out, marks.size()).clear();
    }

    /** A dot or crowd moved (or, wider than the plot, cut) to lie between {@code left} and {@code right}. */
    private static Mark inside(Mark m, double left, double right) {
        double shift = m.x2() > right ? right - m.x2() : m.x1() < left ? left - m.x1() : 0;
        if (shift == 0) {
            return m;
        }
        double x1 = Math.max(left, m.x1() + shift);
        double x2 = Math.min(right, m.x2() + shift);
        return new Mark(m.lane(), x1, x2, m.y(), m.from(), m.to(), m.event(), m.span());
    }

    /**
     * Joins {@code m} into the crowd kept at {@code last}, taking in the vague-date bars kept after
     * it; returns the new end of the kept marks.
     */
    private static int merge(List<Mark> marks, int last, int out, Mark m) {
        Mark prev = marks.get(last);
        marks.set(last, new Mark(m.lane(), prev.x1(), Math.max(prev.x2(), m.x2()), m.y(), prev.from(),
                Math.max(prev.to(), m.to()), -1, false));
        return last + 1;
    }

    private static Mark single(LaneIndex index, LaneIndex.LaneEvents le, int i, TimeScale scale,
                               TimelineGeometry g, int lane, double y) {
        Event e = index.event(le.event[i]);
        boolean span = e.date().granularity() != Granularity.DAY;
        double r = TimelineGeometry.MARK_RADIUS;
        double xs = g.left() + scale.x(le.start[i]);
        double xe = g.left() + scale.x(le.end[i]);
        if (span && xe - xs > 2 * r) {
            return new Mark(lane, xs, xe, y, i, i + 1, le.event[i], true);
        }
        double c = span ? (xs + xe) / 2 : xs + Math.min(scale.pixelsPerDay(), 2 * r) / 2;
        return new Mark(lane, c - r, c + r, y, i, i + 1, le.event[i], false);
    }

    /** First position in {@code [from, to)} whose value is at least {@code key}. */
    static int lowerBound(double[] sorted, int from, int to, double key) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Most events a crowd fans out on hover; busier crowds are clicked to zoom. */
    public static final int HOVER_FAN_MAX = 16;
    /** Centre-to-centre distance of a hover fan: a little wider than a day's fan, for the pointer. */
    static final double HOVER_PITCH = FAN_PITCH + 3;

    /**
     * The events of a small crowd side by side as single dots, centred on the crowd and kept inside
     * the plot, in time order: how the window fans a crowd out under the pointer so each event can
     * be pointed at and selected. Empty for a single mark or a crowd of more than
     * {@link #HOVER_FAN_MAX} events.
     */
    public static List<Mark> fanOut(LaneIndex index, Mark crowd, TimelineGeometry g) {
        if (!crowd.isCluster() || crowd.count() > HOVER_FAN_MAX) {
            return List.of();
        }
        double r = TimelineGeometry.MARK_RADIUS;
        double width = crowd.count() * HOVER_PITCH;
        double left = Math.max(g.left() + EDGE_INSET, Math.min(crowd.centre() - width / 2,
                g.left() + g.plotWidth() - EDGE_INSET - width));
        LaneIndex.LaneEvents le = index.laneEvents(crowd.lane());
        List<Mark> fan = new ArrayList<>(crowd.count());
        for (int k = crowd.from(); k < crowd.to(); k++) {
            double c = left + (k - crowd.from() + 0.5) * HOVER_PITCH;
            fan.add(new Mark(crowd.lane(), c - r, c + r, crowd.y(), k, k + 1, le.event[k], false));
        }
        return fan;
    }

    /** The topmost mark at (x, y), or {@code null}. */
    public static Mark hit(List<Mark> marks, double x, double y) {
        Mark best = null;
        for (Mark m : marks) {
            if (m.contains(x, y, TimelineGeometry.MARK_RADIUS)) {
                best = m;
            }
        }
        return best;
    }

    /** The events a mark stands for, in time order. */
    public static List<Event> events(LaneIndex index, Mark m) {
        LaneIndex.LaneEvents le = index.laneEvents(m.lane());
        List<Event> out = new ArrayList<>(m.count());
        for (int i = m.from(); i < m.to(); i++) {
            out.add(index.event(le.event[i]));
        }
        return out;
    }
}
