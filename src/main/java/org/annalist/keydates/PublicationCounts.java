package org.annalist.keydates;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.annalist.corpus.Article;

/** How many articles were published on and around each day: sorted epoch days, searched by bisection. */
final class PublicationCounts {

    private final long[] days;

    private PublicationCounts(long[] days) {
        this.days = days;
    }

    static PublicationCounts of(List<Article> articles) {
        long[] days = articles.stream().filter(a -> a.published().isKnown())
                .mapToLong(a -> a.published().date().toEpochDay()).sorted().toArray();
        return new PublicationCounts(days);
    }

    Stream<LocalDate> days() {
        return Arrays.stream(days).distinct().mapToObj(LocalDate::ofEpochDay);
    }

    int on(LocalDate day) {
        return between(day.toEpochDay(), day.toEpochDay());
    }

    int around(LocalDate day, int radius) {
        return between(day.toEpochDay() - radius, day.toEpochDay() + radius);
    }

    /** Articles published after {@code day}. */
    int after(LocalDate day) {
        return days.length - firstAbove(day.toEpochDay());
    }

    /** True inside the publication span, or up to the margin before it. */
    boolean covers(LocalDate day, KeyDateWeights.Windows w) {
        if (days.length == 0) {
            return true;
        }
        long d = day.toEpochDay();
        return d >= days[0] - w.coverageMarginDays() && d <= days[days.length - 1];
    }

    private int between(long from, long to) {
        return firstAbove(to) - firstAbove(from - 1);
    }

    /** Index of the first publication after {@code epochDay}. */
    private int firstAbove(long epochDay) {
        int lo = 0;
        int hi = days.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (days[mid] <= epochDay) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
