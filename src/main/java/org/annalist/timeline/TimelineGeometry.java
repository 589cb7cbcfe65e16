package org.annalist.timeline;

/**
 * Where things go on the timeline: a lane header column on the left, the axis on top, lanes below.
 *
 * @param left       x where the plot starts (right of the lane headers)
 * @param top        y of the axis band's top
 * @param axisHeight height of the axis band
 * @param laneHeight height of one lane
 * @param plotWidth  width of the plot
 */
public record TimelineGeometry(double left, double top, double axisHeight, double laneHeight, double plotWidth) {

    public static final double MARK_RADIUS = 5;

    public double lanesTop() {
        return top + axisHeight;
    }

    public double laneTop(int lane) {
        return lanesTop() + lane * laneHeight;
    }

    public double laneCentre(int lane) {
        return laneTop(lane) + laneHeight / 2;
    }

    /** The lane at {@code y}, or -1 above the lanes. */
    public int laneAt(double y) {
        return y < lanesTop() ? -1 : (int) ((y - lanesTop()) / laneHeight);
    }

    public double height(int lanes) {
        return lanesTop() + lanes * laneHeight;
    }
}
