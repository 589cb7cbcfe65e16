package org.annalist.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Places expressions that lack parts of their date: the year of "July 7", the week of "on
 * Monday", the weekend of "at the weekend", by the clause's tense and the distance from the
 * publication date; and shifts relative expressions from the publication date or the narrative's
 * reference time. Without a publication date the value stays unresolved (X digits).
 */
final class Placement {

    /** Days a date may lie on the "wrong" side of the publication date for its tense. */
    private static final long DAY_TOLERANCE = 31;
    /** Days within which a date on the tense's side is preferred. */
    private static final long DAY_REACH = 300;
    private static final long MONTH_TOLERANCE = 1;
    private static final long MONTH_REACH = 10;

    private final Situation s;
    private final LocalDate dct;

    Placement(Situation s) {
        this.s = s;
        this.dct = s.dct();
    }

    String date(Integer year, Integer month, Integer day) {
        if (month == null || day == null) {
            return null;
        }
        if (year != null) {
            return valid(year, month, day) ? String.format("%04d-%02d-%02d", year, month, day) : null;
        }
        if (dct == null) {
            return String.format("XXXX-%02d-%02d", month, day);
        }
        LocalDate[] candidates = new LocalDate[3];
        for (int i = 0; i < 3; i++) {
            int y = dct.getYear() - 1 + i;
            candidates[i] = valid(y, month, day) ? LocalDate.of(y, month, day) : null;
        }
        if (s.listItem()) {
            // a chronology of past events: each item in the latest year that puts it on or before publication
            LocalDate past = candidates[1] != null && !candidates[1].isAfter(dct) ? candidates[1] : candidates[0];
            if (past != null) {
                return past.toString();
            }
        }
        LocalDate best = choose(candidates, ChronoUnit.DAYS, DAY_TOLERANCE, DAY_REACH);
        return best == null ? null : best.toString();
    }

    /** A holiday: in the year given, else the last/next one by direction, else placed like a date. */
    String holiday(Integer year, String rule, Integer direction) {
        if (rule == null) {
            return null;
        }
        if (year != null) {
            LocalDate d = Holidays.in(year, rule);
            return d == null ? null : d.toString();
        }
        if (dct == null) {
            return "XXXX-XX-XX";
        }
        LocalDate[] candidates = new LocalDate[3];
        for (int i = 0; i < 3; i++) {
            candidates[i] = Holidays.in(dct.getYear() - 1 + i, rule);
        }
        if (direction != null && direction != 0) {
            LocalDate best = null;
            for (LocalDate c : candidates) {
                boolean side = direction < 0 ? c != null && c.isBefore(dct) : c != null && c.isAfter(dct);
                if (side && (best == null || direction < 0 == c.isAfter(best))) {
                    best = c;
                }
            }
            return best == null ? null : best.toString();
        }
        LocalDate best = choose(candidates, ChronoUnit.DAYS, DAY_TOLERANCE, DAY_REACH);
        return best == null ? null : best.toString();
    }

    String dateRange(Integer year, Integer month, Integer day, Integer endDay) {
        if (endDay == null || day == null || endDay <= day) {
            return null;
        }
        String start = date(year, month, day);
        if (start == null || start.startsWith("X")) {
            return start;
        }
        LocalDate first = LocalDate.parse(start);
        return valid(first.getYear(), first.getMonthValue(), endDay)
                ? start + "/" + first.withDayOfMonth(endDay) : null;
    }

    String month(Integer year, Integer month, Integer direction) {
        if (month == null) {
            return null;
        }
        if (year != null) {
            return String.format("%04d-%02d", year, month);
        }
        if (dct == null) {
            return String.format("XXXX-%02d", month);
        }
        if (direction != null) {
            int y = dct.getYear();
            int current = dct.getMonthValue();
            y += direction < 0 && month >= current ? -1 : direction > 0 && month <= current ? 1 : 0;
            return String.format("%04d-%02d", y, month);
        }
        LocalDate[] candidates = new LocalDate[3];
        for (int i = 0; i < 3; i++) {
            candidates[i] = LocalDate.of(dct.getYear() - 1 + i, month, 1);
        }
        LocalDate best = choose(candidates, ChronoUnit.MONTHS, MONTH_TOLERANCE, MONTH_REACH);
        return String.format("%04d-%02d", best.getYear(), month);
    }

    String decade(Integer decade, Integer shortDecade) {
        if (decade != null) {
            return String.format("%03d", decade);
        }
        if (shortDecade == null) {
            return null;
        }
        int century = dct == null ? 19 : dct.getYear() / 100;
        int d = century * 10 + shortDecade;
        if (dct != null && d * 10 > dct.getYear()) {
            d -= 10;
        }
        return String.format("%03d", d);
    }

    String quarter(Integer year, Integer quarter) {
        if (quarter == null) {
            return null;
        }
        if (year == null) {
            if (dct == null) {
                return "XXXX-Q" + quarter;
            }
            int current = (dct.getMonthValue() - 1) / 3 + 1;
            year = dct.getYear() + (quarter > current && s.tense() != Tense.FUTURE ? -1 : 0);
        }
        return String.format("%04d-Q%d", year, quarter);
    }

    /**
     * "the quarter", "the latest quarter": the quarter the text is about (the reference time's, when
     * it is a quarter), else the last one completed before publication; "the current quarter": the
     * publication's; "the year-ago quarter": a year before the reference quarter.
     */
    String contextQuarter(String which, Integer year) {
        if (dct == null) {
            return "XXXX-QX";
        }
        ValueDays ref = s.reference() == null ? null : ValueDays.of(s.reference());
        LocalDate quarter = which.equals("current") ? dct
                : ref != null && ref.grain() == Grain.QUARTER ? ref.start() : dct.minusMonths(3);
        if (which.equals("yearAgo")) {
            quarter = quarter.minusYears(1);
        }
        if (year != null) {
            quarter = quarter.withYear(year);
        }
        return Grain.QUARTER.format(quarter);
    }

    String half(Integer year, Integer half) {
        if (half == null || half > 2) {
            return null;
        }
        if (year == null) {
            if (dct == null) {
                return "XXXX-H" + half;
            }
            year = dct.getYear() - (half == 2 && dct.getMonthValue() <= 6 && s.tense() != Tense.FUTURE ? 1 : 0);
        }
        return String.format("%04d-H%d", year, half);
    }

    String season(Integer year, String season, Integer direction) {
        if (season == null) {
            return null;
        }
        if (year == null) {
            if (dct == null) {
                return "XXXX-" + season;
            }
            ValueDays now = ValueDays.of(dct.getYear() + "-" + season);
            int y = dct.getYear();
            boolean after = now.start().isAfter(dct);
            boolean before = now.end().isBefore(dct);
            if (direction != null && direction != 0) {
                y += direction < 0 ? (after || !before ? -1 : 0) : (before || !after ? 1 : 0);
            } else if (direction == null && s.tense() == Tense.PAST && after) {
                y--;
            } else if (direction == null && s.tense() == Tense.FUTURE && before) {
                y++;
            }
            year = y;
        }
        return String.format("%04d-%s", year, season);
    }

    String relativeDay(Integer offset) {
        if (offset == null) {
            return null;
        }
        return dct == null ? "XXXX-XX-XX" : dct.plusDays(offset).toString();
    }

    /** The day the narrative is on: the reference time when it is a single day, else the publication date. */
    String narrativeDay() {
        String ref = s.reference();
        if (ref != null && ref.length() >= 10 && Character.isDigit(ref.charAt(0)) && ref.charAt(4) == '-'
                && Character.isDigit(ref.charAt(5)) && Character.isDigit(ref.charAt(8))) {
            return ref.substring(0, 10);
        }
        return relativeDay(0);
    }

    /** A weekday of the publication week: the day itself, else by direction, else by tense (past by default). */
    String weekday(Integer weekday, Integer direction) {
        if (weekday == null) {
            return null;
        }
        if (dct == null) {
            return "XXXX-XX-XX";
        }
        int diff = weekday - dct.getDayOfWeek().getValue();
        boolean forward = direction != null && direction != 0 ? direction > 0 : s.tense() == Tense.FUTURE;
        if (diff == 0 && (direction == null || direction == 0)) {
            return dct.toString();
        }
        int days = forward ? (diff <= 0 ? diff + 7 : diff) : (diff >= 0 ? diff - 7 : diff);
        return dct.plusDays(days).toString();
    }

    String weekend(Integer direction) {
        if (dct == null) {
            return "XXXX-WXX-WE";
        }
        boolean inWeekend = dct.getDayOfWeek().getValue() >= 6;
        int weeks;
        if (direction != null && direction < 0) {
            weeks = -1;
        } else if (direction != null && direction > 0) {
            weeks = inWeekend ? 1 : 0;
        } else if (direction != null) {
            weeks = 0;
        } else {
            weeks = s.tense() == Tense.FUTURE || inWeekend ? 0 : -1;
        }
        return Grain.WEEKEND.format(dct.plusWeeks(weeks));
    }

    /** last/this/next week|month|year (from the publication date) or the following day|week (from the reference). */
    String relativeUnit(String unit, Integer direction, boolean fromReference) {
        Grain grain = unit == null ? null : Grain.ofUnit(unit);
        if (grain == null || direction == null) {
            return null;
        }
        LocalDate anchor = fromReference ? referenceDay(grain) : dct;
        if (anchor == null) {
            return unresolved(grain);
        }
        return grain.format(grain.shift(anchor, direction));
    }

    /**
     * "two days ago" from the publication date; "a year earlier", "two days later" from the
     * reference time, written at the reference's grain when it is finer (a quarter a year earlier).
     */
    String shifted(Double amount, String unit, Integer direction, boolean fromReference) {
        Grain grain = unit == null ? null : Grain.ofUnit(unit);
        if (amount == null || direction == null || direction == 0) {
            return null;
        }
        if (amount.isNaN() || grain == null || amount != Math.rint(amount)) {
            return direction < 0 ? "PAST_REF" : "FUTURE_REF";
        }
        long n = (long) (amount * direction);
        ValueDays ref = s.reference() == null ? null : ValueDays.of(s.reference());
        if (ref != null && ref.grain() == Grain.QUARTER && grain == Grain.YEAR) {
            return Grain.QUARTER.format(grain.shift(ref.start(), n));
        }
        if (fromReference && ref != null && ref.grain().ordinal() <= grain.ordinal()) {
            return ref.grain().format(grain.shift(ref.start(), n));
        }
        return dct == null ? unresolved(grain) : grain.format(grain.shift(dct, n));
    }

    private LocalDate referenceDay(Grain grain) {
        ValueDays ref = s.reference() == null ? null : ValueDays.of(s.reference());
        if (ref != null && ref.grain().ordinal() <= grain.ordinal()) {
            return ref.start();
        }
        return dct;
    }

    private static String unresolved(Grain grain) {
        return switch (grain) {
            case DAY -> "XXXX-XX-XX";
            case WEEK -> "XXXX-WXX";
            case WEEKEND -> "XXXX-WXX-WE";
            case MONTH -> "XXXX-XX";
            case QUARTER -> "XXXX-QX";
            case YEAR -> "XXXX";
            case DECADE -> "XXX";
            case CENTURY -> "XX";
        };
    }

    /**
     * The candidate nearest the publication date, unless the tense puts it on the other side: then
     * the nearest on the tense's side, when the nearest overall is beyond {@code tolerance} and the
     * other within {@code reach} (news says "said ... by Jan. 14" of a date a week ahead).
     */
    private LocalDate choose(LocalDate[] candidates, ChronoUnit unit, long tolerance, long reach) {
        LocalDate anchor = unit == ChronoUnit.MONTHS ? dct.withDayOfMonth(1) : dct;
        LocalDate nearest = null;
        LocalDate nearestOnSide = null;
        for (LocalDate c : candidates) {
            if (c == null) {
                continue;
            }
            if (nearest == null || distance(anchor, c, unit) < distance(anchor, nearest, unit)) {
                nearest = c;
            }
            if (onTenseSide(anchor, c) && (nearestOnSide == null
                    || distance(anchor, c, unit) < distance(anchor, nearestOnSide, unit))) {
                nearestOnSide = c;
            }
        }
        if (nearest == null || onTenseSide(anchor, nearest) || nearestOnSide == null) {
            return nearest;
        }
        return distance(anchor, nearest, unit) > tolerance && distance(anchor, nearestOnSide, unit) <= reach
                ? nearestOnSide : nearest;
    }

    private boolean onTenseSide(LocalDate anchor, LocalDate c) {
        return switch (s.tense()) {
            case PAST -> !c.isAfter(anchor);
            case FUTURE -> !c.isBefore(anchor);
            case UNKNOWN -> true;
        };
    }

    private static long distance(LocalDate a, LocalDate b, ChronoUnit unit) {
        return Math.abs(unit.between(a, b));
    }

    private static boolean valid(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
