package org.annalist.timeline;

import java.time.LocalDate;
import java.util.List;
import org.annalist.events.Event;

/**
 * The days a static timeline picture covers, and how many dated events lie outside them. Asked for
 * a range, it is that range; otherwise it fits the events, except that a few far-off dates (a
 * mistyped year 0016, a history paragraph's 1969 among 2011 news: at most 5% of the events, and only
 * while the span exceeds four times that of the middle 80%) that would squeeze everything else into a
 * few pixels are left outside the picture, and counted as outside, never dropped in silence.
 *
 * @param fromDay first epoch day drawn
 * @param toDay   epoch day after the last one drawn
 * @param before  dated events that end before {@code fromDay}
 * @param after   dated events that start on or after {@code toDay}
 */
public record DrawnRange(double fromDay, double toDay, int before, int after) {

    /** The widest range a picture fits before it leaves outliers out: TimeScale's widest zoom at 1000 px. */
    static final double MAX_SPAN_DAYS = TimeScale.MAX_DAYS_PER_PIXEL * 1000;
    /** How far beyond the span of the middle 80% of the dates a picture reaches before it leaves a few out. */
    static final double CORE_FACTOR = 4;

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
        int n = starts.length;
        int lo = 0;
        int hi = n - 1;
        long median = starts[n / 2];
        // the middle 80% of the dates sets the scale; at most 5% of the events may fall outside it
        long core = Math.max(31, starts[(int) (n * 0.9)] - starts[(int) (n * 0.1)] + 1);
        double limit = Math.min(MAX_SPAN_DAYS, CORE_FACTOR * core);
        int mayTrim = Math.max(1, n / 20);
        while (hi > lo && starts[hi] + 1 - starts[lo] > MAX_SPAN_DAYS
                || hi > lo && starts[hi] + 1 - starts[lo] > limit && lo + (n - 1 - hi) < mayTrim) {
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
