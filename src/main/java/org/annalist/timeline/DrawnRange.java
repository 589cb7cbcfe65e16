package org.annalist.timeline;

import java.time.LocalDate;
import java.util.List;
import org.annalist.events.Event;

/**
 * The days a static timeline picture covers, and how many dated events lie outside them. Asked for
 * a range, it is that range; otherwise it fits the events, except that a few far-off dates (a
 * mistyped year 0016) that would squeeze everything else into one pixel are left outside the picture,
 * and counted as outside, never dropped in silence.
 *
 * @param fromDay first epoch day drawn
 * @param toDay   epoch day after the last one drawn
 * @param before  dated events that end before {@code fromDay}
 * @param after   dated events that start on or after {@code toDay}
 */
public record DrawnRange(double fromDay, double toDay, int before, int after) {

    /** The widest range a picture fits before it leaves outliers out: TimeScale's widest zoom at 1000 px. */
    static final double MAX_SPAN_DAYS = TimeScale.MAX_DAYS_PER_PIXEL * 1000;

    public static DrawnRange of(List<Event> shown, LocalDate from, LocalDate to) {
        List<Event> dated = shown.stream().filter(Event::isDated).toList();
        double[] range = fitted(dated);
        double fromDay = from != null ? from.toEpochDay() : range[0];
        double toDay = to != null ? to.toEpochDay() + 1 : range[1];
        int before = 0;
        int after = 0;
        for (Event e : dated) {
            if (e.date().end().toEpochDay() + 1 <= fromDay) {
                before++;
            } else if (e.date().start().toEpochDay() >= toDay) {
                after++;
            }
        }
        return new DrawnRange(fromDay, toDay, before, after);
    }

    public int outside() {
        return before + after;
    }

    /** [first day, day after the last] of the events, trimming the far end while the span is too wide. */
    private static double[] fitted(List<Event> dated) {
        if (dated.isEmpty()) {
            double today = LocalDate.now().toEpochDay();
            return new double[] {today - 30, today + 1};
        }
        long[] starts = dated.stream().mapToLong(e -> e.date().start().toEpochDay()).sorted().toArray();
        int lo = 0;
        int hi = starts.length - 1;
        long median = starts[starts.length / 2];
        while (hi > lo && starts[hi] + 1 - starts[lo] > MAX_SPAN_DAYS) {
            if (median - starts[lo] > starts[hi] - median) {
                lo++;
            } else {
                hi--;
            }
        }
        long first = starts[lo];
        long lastStart = starts[hi];
        long last = dated.stream().filter(e -> e.date().start().toEpochDay() >= first
                        && e.date().start().toEpochDay() <= lastStart)
                .mapToLong(e -> e.date().end().toEpochDay() + 1).max().orElse(lastStart + 1);
        return new double[] {first, Math.min(last, first + (long) MAX_SPAN_DAYS)};
    }

}
