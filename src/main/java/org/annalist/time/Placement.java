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
        LocalDate best = null;
        for (int y = dct.getYear() - 1; y <= dct.getYear() + 1; y++) {
            if (!valid(y, month, day)) {
                continue;
            }
            LocalDate c = LocalDate.of(y, month, day);
            if (fits(c, best)) {
                best = c;
            }
        }
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
        int y = dct.getYear();
        int current = dct.getMonthValue();
        if (direction != null) {
            y += direction < 0 && month >= current ? -1 : direction > 0 && month <= current ? 1 : 0;
        } else if (s.tense() == Tense.PAST && month > current) {
            y--;
        } else if (s.tense() == Tense.FUTURE && month < current) {
            y++;
        }
        return String.format("%04d-%02d", y, month);
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

    /** Is {@code candidate} nearer the publication date than {@code best}, and on the side the tense allows? */
    private boolean fits(LocalDate candidate, LocalDate best) {
        boolean allowed = switch (s.tense()) {
            case PAST -> !candidate.isAfter(dct);
            case FUTURE -> !candidate.isBefore(dct);
            case UNKNOWN -> true;
        };
        boolean bestAllowed = best != null && switch (s.tense()) {
            case PAST -> !best.isAfter(dct);
            case FUTURE -> !best.isBefore(dct);
            case UNKNOWN -> true;
        };
        if (best == null || allowed && !bestAllowed) {
            return true;
        }
        if (allowed != bestAllowed) {
            return false;
        }
        return Math.abs(ChronoUnit.DAYS.between(dct, candidate)) < Math.abs(ChronoUnit.DAYS.between(dct, best));
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
