package org.annalist.timeline;

import java.util.Arrays;
import java.util.List;
import org.annalist.events.Event;
import org.annalist.render.Canvas2D;

/**
 * The navigator under the timeline: a density histogram of every shown, dated event over the
 * overview's domain, with the timeline's visible window drawn on it (as the navigators of
 * TimelineJS or Tiki-Toki). Immutable; built once per change of the shown events, after which a
 * frame costs O(bins x log n).
 */
public final class Overview {

    /** Fraction of the fitted range added on each side of the domain, so its ends are not on the frame. */
    private static final double PAD = 0.04;

    private final double[] starts;
    private final RobustRange range;

    private Overview(double[] starts, RobustRange range) {
        this.starts = starts;
        this.range = range;
    }

    /** Indexes the dated events' start days; {@code range} is their {@link RobustRange}, or null. */
    public static Overview of(List<Event> events, RobustRange range) {
        double[] s = events.stream().filter(Event::isDated).mapToDouble(e -> e.date().start().toEpochDay())
                .toArray();
        Arrays.sort(s);
        return new Overview(s, range);
    }

    public boolean isEmpty() {
        return starts.length == 0;
    }

    /**
     * The days the strip spans: the fitted range with a little padding, widened to take in the
     * visible window when the user zoomed or panned out of it (then outliers come into the strip too).
     */
    public double[] domain(double visibleFrom, double visibleTo) {
        if (range == null) {
            return new double[] {visibleFrom, visibleTo};
        }
        double from = range.from().toEpochDay();
        double to = range.to().toEpochDay() + 1;
        double pad = Math.max(1, (to - from) * PAD);
        return new double[] {Math.min(from - pad, visibleFrom), Math.max(to + pad, visibleTo)};
    }

    /** Events starting in each of {@code bins} equal slices of {@code [fromDay, toDay)}. */
    public int[] counts(double fromDay, double toDay, int bins) {
        int[] counts = new int[Math.max(0, bins)];
        double step = (toDay - fromDay) / Math.max(1, bins);
        int previous = MarkLayout.lowerBound(starts, 0, starts.length, fromDay);
        for (int b = 0; b < bins; b++) {
            int next = MarkLayout.lowerBound(starts, previous, starts.length, fromDay + (b + 1) * step);
            counts[b] = next - previous;
            previous = next;
        }
        return counts;
    }

    /**
     * Draws the histogram, the axis ticks and the visible window into {@code (x, y, w, h)}.
     *
     * @param domain  the strip's scale (day to x, 0 at {@code x})
     * @param visFrom first visible day
     * @param visTo   day after the last visible day
     */
    public void paint(Canvas2D c, double x, double y, double w, double h, TimeScale domain, double visFrom,
                      double visTo, Palette.Theme t) {
        c.fill(t.laneAlt());
        c.fillRect(x, y, w, h);
        double barsTop = y + 3;
        double barsHeight = h - 17;
        int bins = (int) Math.max(1, Math.floor(w / 3));
        int[] counts = counts(domain.startDay(), domain.day(w), bins);
        int max = Arrays.stream(counts).max().orElse(0);
        c.fill(t.selection().withAlpha(0.55));
        for (int b = 0; b < bins && max > 0; b++) {
            if (counts[b] > 0) {
                // square root, so a quiet week next to the busiest day still shows
                double bh = Math.max(1.5, barsHeight * Math.sqrt(counts[b] / (double) max));
                c.fillRect(x + b * 3, barsTop + barsHeight - bh, 2.4, bh);
            }
        }
        c.font(10, false);
        c.stroke(t.grid());
        c.lineWidth(1);
        double labelEnd = -Double.MAX_VALUE;
        for (AxisTicks.Tick tick : AxisTicks.ticks(domain, 60)) {
            double tx = Math.round(x + tick.x()) + 0.5;
            if (tx > x + w) {
                break;
            }
            c.strokeLine(tx, y + h - 14, tx, y + h - 10);
            if (tx + 3 > labelEnd + 6) {
                c.fill(t.muted());
                c.fillText(tick.label(), tx + 3, y + h - 3);
                labelEnd = tx + 3 + c.textWidth(tick.label());
            }
        }
        double wx1 = Math.max(x, x + domain.x(visFrom));
        double wx2 = Math.min(x + w, x + domain.x(visTo));
        if (wx2 - wx1 < 3) {
            double mid = (wx1 + wx2) / 2;
            wx1 = mid - 1.5;
            wx2 = mid + 1.5;
        }
        // the window: clear inside, dimmed outside, framed, with grips on both edges
        c.fill(t.background().withAlpha(0.55));
        c.fillRect(x, y, Math.max(0, wx1 - x), h);
        c.fillRect(wx2, y, Math.max(0, x + w - wx2), h);
        c.stroke(t.selection());
        c.lineWidth(2);
        c.strokeRect(wx1, y + 1, wx2 - wx1, h - 2);
        c.fill(t.selection());
        c.fillRect(wx1 - 2, y + h / 2 - 7, 4, 14);
        c.fillRect(wx2 - 2, y + h / 2 - 7, 4, 14);
    }
}
