package org.annalist.time;

import java.time.LocalDate;

/**
 * The days Annalist accepts anywhere a date comes from outside (metadata, project corrections, the
 * date dialog) or is drawn: years 1000 to 2999. Far wider than any news archive, yet every day in
 * it has a weekday, an ISO week and an epoch day that pictures can place, so a crafted
 * {@code +999999999-12-31} can neither crash a view nor stretch a timeline over a billion years.
 */
public final class CalendarRange {

    public static final LocalDate FIRST = LocalDate.of(1000, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2999, 12, 31);

    private CalendarRange() {
    }

    public static boolean contains(LocalDate d) {
        return d != null && !d.isBefore(FIRST) && !d.isAfter(LAST);
    }

    /** Null when {@code d} is inside, else the one-line reason naming {@code what}. */
    public static String problem(String what, LocalDate d) {
        return contains(d) ? null : what + " " + d + " is outside the years " + FIRST.getYear() + " to " + LAST.getYear();
    }
}
