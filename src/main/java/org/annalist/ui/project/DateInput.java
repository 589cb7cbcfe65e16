package org.annalist.ui.project;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.annalist.time.CalendarRange;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.events.DateBasis;
import org.annalist.events.EventDate;
import org.annalist.events.Granularity;

/**
 * Reads the date an analyst types for an event, in the TIMEX3 forms the timeline shows: a day
 * ({@code 2016-10-03}), an ISO week ({@code 2016-W40}), a month ({@code 2016-10}), a quarter
 * ({@code 2016-Q4}), a year ({@code 2016}) or an interval of two of these ({@code 2016-10-03/2016-10-07}).
 */
public final class DateInput {

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /** What the dialog says when the text is not a date. */
    public static final String HINT = "a day 2016-10-03, a week 2016-W40, a month 2016-10, a quarter 2016-Q4, "
            + "a year 2016, or an interval 2016-10-03/2016-10-07";

    private DateInput() {
    }

    /**
     * The date the analyst set, or empty when {@code text} is none of the accepted forms or lies
     * outside the years {@link CalendarRange} allows (0001/9999 and 0000-01-01 are no dates).
     */
    public static Optional<EventDate> parse(String text) {
        return parseAny(text).filter(d -> CalendarRange.contains(d.start()) && CalendarRange.contains(d.end()));
    }

    private static Optional<EventDate> parseAny(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip().toUpperCase(java.util.Locale.ROOT);
        int slash = value.indexOf('/');
        if (slash > 0) {
            Optional<EventDate> a = parse(value.substring(0, slash));
            Optional<EventDate> b = parse(value.substring(slash + 1));
            if (a.isEmpty() || b.isEmpty() || b.get().end().isBefore(a.get().start())) {
                return Optional.empty();
            }
            return Optional.of(userDate(a.get().value() + "/" + b.get().value(), a.get().start(), b.get().end(),
                    Granularity.INTERVAL));
        }
        try {
            Matcher m;
            if ((m = DAY.matcher(value)).matches()) {
                LocalDate d = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
                return Optional.of(userDate(value, d, d, Granularity.DAY));
            }
            if ((m = WEEK.matcher(value)).matches()) {
                int week = num(m, 2);
                LocalDate jan4 = LocalDate.of(num(m, 1), 1, 4);
                if (week < 1 || week > jan4.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
                    return Optional.empty();
                }
                LocalDate monday = jan4.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
                return Optional.of(userDate(value, monday, monday.plusDays(6), Granularity.WEEK));
            }
            if ((m = MONTH.matcher(value)).matches()) {
                YearMonth ym = YearMonth.of(num(m, 1), num(m, 2));
                return Optional.of(userDate(value, ym.atDay(1), ym.atEndOfMonth(), Granularity.MONTH));
            }
            if ((m = QUARTER.matcher(value)).matches()) {
                LocalDate start = LocalDate.of(num(m, 1), (num(m, 2) - 1) * 3 + 1, 1);
                return Optional.of(userDate(value, start, start.plusMonths(3).minusDays(1), Granularity.QUARTER));
            }
            if (YEAR.matcher(value).matches()) {
                int y = Integer.parseInt(value);
                return Optional.of(userDate(value, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Granularity.YEAR));
            }
        } catch (DateTimeException e) {
            return Optional.empty(); // 2016-13 or 2016-02-30: not a date
        }
        return Optional.empty();
    }

    private static EventDate userDate(String value, LocalDate start, LocalDate end, Granularity g) {
        return new EventDate(value, start, end, g, DateBasis.USER, "set by the analyst");
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
