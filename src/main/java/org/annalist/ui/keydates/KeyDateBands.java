package org.annalist.ui.keydates;

import java.time.LocalDate;
import java.util.List;
import org.annalist.render.Canvas2D;
import org.annalist.render.Rgba;
import org.annalist.timeline.Palette;
import org.annalist.timeline.TimeScale;
import org.annalist.timeline.TimelineGeometry;
import org.annalist.ui.timeline.TimelineOverlay;

/**
 * The key-date layer as drawn: a translucent band down the lanes over each key day, a bar on the
 * axis line and a flag with the day's rank at the top, so the days that matter stand out among the marks.
 *
 * @param days the key days, best first (the flag shows 1 for the first)
 */
public record KeyDateBands(List<LocalDate> days) implements TimelineOverlay {

    /** Amber: apart from the type and tone colours of the marks. */
    public static final Rgba COLOUR = org.annalist.keydates.KeyDatesPicture.AMBER;
    static final double BAND_ALPHA = 0.28;
    /** A band never narrower than this, so a day stays visible zoomed out over months. */
    static final double MIN_WIDTH = 4;

    public KeyDateBands {
        days = List.copyOf(days);
    }

    /** Tall enough for a 9 px digit, short enough to end above the axis's tick labels. */
    private static final double FLAG_HEIGHT = 10;

    @Override
    public void paint(Canvas2D c, TimeScale scale, TimelineGeometry axis, double bottom, Palette.Theme theme) {
        c.save();
        c.clip(axis.left(), axis.top(), axis.plotWidth(), bottom - axis.top());
        double lanesTop = axis.lanesTop();
        // the rank flags sit in the strip above the tick labels, so no date on the axis is covered
        c.font(9, true);
        for (int rank = days.size() - 1; rank >= 0; rank--) { // the best day drawn last, on top
            double[] x = span(scale, axis, days.get(rank));
            c.fill(COLOUR.withAlpha(BAND_ALPHA));
            c.fillRect(x[0], lanesTop, x[1] - x[0], bottom - lanesTop);
            c.fill(COLOUR);
            c.fillRect(x[0], lanesTop - 4, x[1] - x[0], 4);
            String label = String.valueOf(rank + 1);
            double w = c.textWidth(label) + 6;
            double centre = (x[0] + x[1]) / 2;
            c.fillRoundRect(centre - w / 2, axis.top(), w, FLAG_HEIGHT, 3);
            c.fill(Rgba.parse("#FFFFFF"));
            c.fillText(label, centre - w / 2 + 3, axis.top() + FLAG_HEIGHT - 1.5);
        }
        c.restore();
    }

    /** Left and right edge of the day's band, in canvas coordinates. */
    public static double[] span(TimeScale scale, TimelineGeometry axis, LocalDate day) {
        double x1 = axis.left() + scale.x(day.toEpochDay());
        double x2 = axis.left() + scale.x(day.toEpochDay() + 1);
        if (x2 - x1 < MIN_WIDTH) {
            double mid = (x1 + x2) / 2;
            return new double[] {mid - MIN_WIDTH / 2, mid + MIN_WIDTH / 2};
        }
        return new double[] {x1, x2};
    }
}
