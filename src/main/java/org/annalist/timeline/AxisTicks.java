package org.annalist.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Chooses the tick unit for the zoom level and lists the ticks in view. */
public final class AxisTicks {

    /** One tick: its day, where it is drawn and its label. */
    public record Tick(LocalDate date, double x, String label) {
    }

    private AxisTicks() {
    }

    /** The finest unit whose ticks are at least {@code minSpacingPx} apart. */
    public static TickUnit unitFor(TimeScale scale, double minSpacingPx) {
        for (TickUnit u : TickUnit.values()) {
            if (u.approxDays() / scale.daysPerPixel() >= minSpacingPx) {
                return u;
            }
        }
        return TickUnit.CENTURY;
    }

    public static List<Tick> ticks(TimeScale scale, double minSpacingPx) {
        TickUnit unit = unitFor(scale, minSpacingPx);
        List<Tick> ticks = new ArrayList<>();
        long first = (long) Math.floor(scale.startDay());
        long last = (long) Math.ceil(scale.endDay());
        if (first < LocalDate.MIN.toEpochDay() / 2 || last > LocalDate.MAX.toEpochDay() / 2) {
            return ticks;
        }
        LocalDate d = unit.floor(LocalDate.ofEpochDay(first));
        int previousYear = Integer.MIN_VALUE;
        while (d.toEpochDay() <= last && ticks.size() < 1000) {
            double x = scale.x(d.toEpochDay());
            if (x >= -1) {
                boolean showYear = d.getYear() != previousYear;
                ticks.add(new Tick(d, x, unit.label(d, showYear)));
                previousYear = d.getYear();
            }
            d = unit.next(d);
        }
        return ticks;
    }
}
