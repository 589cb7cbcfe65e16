package org.annalist.timeline;

/**
 * One drawn thing on the timeline: a single event, or a cluster of crowded events shown as a count.
 *
 * @param lane  lane number
 * @param x1    left edge in canvas pixels (for a point, the centre minus the radius)
 * @param x2    right edge
 * @param y     centre line
 * @param from  first position in the lane's sorted events
 * @param to    one past the last position; {@code to - from} events are covered
 * @param event index into {@link LaneIndex#events()} for a single event, or -1 for a cluster
 * @param span  true when the date is coarser than a day and drawn as a bar
 */
public record Mark(int lane, double x1, double x2, double y, int from, int to, int event, boolean span) {

    public boolean isCluster() {
        return event < 0;
    }

    public int count() {
        return to - from;
    }

    public double centre() {
        return (x1 + x2) / 2;
    }

    /** True when (x, y) is on the mark, with a little slack for easy clicking. */
    public boolean contains(double px, double py, double halfHeight) {
        double slack = 2;
        return px >= x1 - slack && px <= x2 + slack && Math.abs(py - y) <= halfHeight + slack;
    }
}
