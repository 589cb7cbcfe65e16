package org.annalist.timeline;

import java.time.LocalDate;
import java.util.List;
import org.annalist.events.Event;

/**
 * The days a static timeline picture covers, and how many dated events lie outside them. Asked for
 * a range, it is that range; otherwise it is where most events are ({@link RobustRange}, as the window
 * opens), so a few far-off dates (a mistyped year 0016) that would squeeze everything else into one
 * pixel are left outside the picture, and counted as outside, never dropped in silence.
 *
 * @param fromDay first epoch day drawn
 * @param toDay   epoch day after the last one drawn
 * @param before  dated events that end before {@code fromDay}
 * @param after   dated events that start on or after {@code toDay}
 */
public record DrawnRange(double fromDay, double toDay, int before, int after) {

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

    /** Whether {@code e} is dated and overlaps the days drawn. */
    public boolean covers(Event e) {
        return e.isDated() && e.date().end().toEpochDay() + 1 > fromDay && e.date().start().toEpochDay() < toDay;
    }

    public int outside() {
        return before + after;
    }

    /** The events outside in words, the two counts joined by {@code joiner}: "284 earlier, 29 later", "2 earlier". */
    public String outsideWords(String joiner) {
        String earlier = before > 0 ? before + " earlier" : "";
        String later = after > 0 ? after + " later" : "";
        return earlier.isEmpty() || later.isEmpty() ? earlier + later : earlier + joiner + later;
    }

    /** [first day, day after the last] of where most events are ({@link RobustRange}), the strays left outside. */
    private static double[] fitted(List<Event> dated) {
        return RobustRange.of(dated)
                .map(r -> new double[] {r.from().toEpochDay(), r.to().toEpochDay() + 1})
                .orElseGet(() -> {
                    double today = LocalDate.now().toEpochDay();
                    return new double[] {today - 30, today + 1};
                });
    }

}
