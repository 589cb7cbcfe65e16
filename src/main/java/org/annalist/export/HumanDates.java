package org.annalist.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;
import org.annalist.events.EventDate;

/**
 * An event date as a reader says it, as precise as it is known and no more: "3 October 2016",
 * "week of 3 October 2016", "weekend of 3-4 February 2018", "October 2016", "6-7 October 2016",
 * "spring 2011", "the 2010s". Exports show these instead of raw TIMEX values, and presentation
 * mode says the day of the week too ({@link #withWeekday}): one wording for every view.
 */
public final class HumanDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final Pattern WEEKEND = Pattern.compile("\\d{4}-W\\d\\d-WE");
    private static final Pattern SEASON = Pattern.compile("\\d{4}-(SP|SU|FA|WI)");
    private static final Pattern DECADE = Pattern.compile("\\d{3}");
    private static final String[] ORDINAL = {"first", "second", "third", "fourth"};

    private HumanDates() {
    }

    public static String of(EventDate d) {
        String v = d.value();
        LocalDate s = d.start();
        if (WEEKEND.matcher(v).matches()) {
            return "weekend of " + range(s, d.end());
        }
        if (SEASON.matcher(v).matches()) {
            return season(v.substring(5)) + " " + s.getYear();
        }
        if (DECADE.matcher(v).matches()) {
            return "the " + v + "0s";
        }
        return switch (d.granularity()) {
            case DAY -> DAY.format(s);
            case WEEK -> "week of " + DAY.format(s);
            case MONTH -> MONTH.format(s);
            case QUARTER -> ORDINAL[(s.getMonthValue() - 1) / 3] + " quarter of " + s.getYear();
            case YEAR -> Integer.toString(s.getYear());
            case INTERVAL -> wholeYears(s, d.end()) ? s.getYear() + "\u2013" + d.end().getYear() : range(s, d.end());
        };
    }

    /**
     * As {@link #of}, a day with its weekday ("Monday 3 October 2016"), {@code null} as "undated":
     * how presentation mode heads a slide.
     */
    public static String withWeekday(EventDate d) {
        if (d == null) {
            return "undated";
        }
        return d.granularity() == org.annalist.events.Granularity.DAY && !WEEKEND.matcher(d.value()).matches()
                ? WEEKDAY.format(d.start()) : of(d);
    }

    /** "3 October 2016". */
    public static String day(LocalDate d) {
        return DAY.format(d);
    }

    /** "6-7 October 2016", "30 September - 2 October 2016", "30 December 2016 - 2 January 2017". */
    static String range(LocalDate from, LocalDate to) {
        if (from.equals(to)) {
            return DAY.format(from);
        }
        if (from.getYear() != to.getYear()) {
            return DAY.format(from) + " \u2013 " + DAY.format(to);
        }
        if (from.getMonth() != to.getMonth()) {
            return DAY_MONTH.format(from) + " \u2013 " + DAY.format(to);
        }
        return from.getDayOfMonth() + "\u2013" + DAY.format(to);
    }

    private static boolean wholeYears(LocalDate from, LocalDate to) {
        return from.getDayOfYear() == 1 && to.getMonthValue() == 12 && to.getDayOfMonth() == 31
                && to.getYear() > from.getYear();
    }

    private static String season(String code) {
        return switch (code) {
            case "SP" -> "spring";
            case "SU" -> "summer";
            case "FA" -> "autumn";
            default -> "winter";
        };
    }
}
