package org.annalist.timeline;

import java.util.ArrayList;
import java.util.List;
import org.annalist.events.Event;
import org.annalist.events.Granularity;

/**
 * Places the marks that are in view. Walks each lane from the first visible event (binary search)
 * to the last, so the cost follows what is visible, and folds crowded stretches (at least
 * {@link #CLUSTER_MIN} marks closer than {@link #CLUSTER_PX}) into one counted cluster.
 */
public final class MarkLayout {

    public static final double CLUSTER_PX = 24;
    public static final int CLUSTER_MIN = 3;

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
            // in a crowded lane every event is a point at its start, so bars cannot pile up
            boolean crowded = lowerBound(le.start, 0, le.size(), toDay) - lowerBound(le.start, 0, le.size(), fromDay)
                    > scale.width() / CLUSTER_PX;
            int i = crowded ? lowerBound(le.start, 0, le.size(), fromDay) : le.firstFrom(fromDay);
            while (i < le.size() && le.start[i] <= toDay) {
                if (le.end[i] < fromDay) {
                    i++;
                    continue;
                }
                double x0 = scale.x(le.start[i]);
                if (!crowded && ((le.end[i] - le.start[i]) * scale.pixelsPerDay() > 2 * r || x0 < -r)) {
                    // a vague date wide enough to show as a bar, or one reaching in from the left
                    marks.add(single(index, le, i, scale, g, lane, y));
                    i++;
                    continue;
                }
                // binary search for the end of the crowd: the cost follows the marks, not the events
                int j = lowerBound(le.start, i + 1, le.size(), le.start[i] + CLUSTER_PX * scale.daysPerPixel());
                if (j - i >= CLUSTER_MIN) {
                    double xEnd = scale.x(le.start[j - 1]);
                    marks.add(new Mark(lane, g.left() + x0 - r, g.left() + Math.max(xEnd, x0 + 2 * r) + r, y, i, j,
                            -1, false));
                    i = j;
                } else {
                    marks.add(single(index, le, i, scale, g, lane, y));
                    i++;
                }
            }
        }
        return marks;
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
