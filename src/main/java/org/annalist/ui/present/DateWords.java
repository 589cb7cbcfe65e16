package org.annalist.ui.present;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.annalist.events.EventDate;

/** An event date in words, as precise as it is known and no more ("week of 10 October 2016"). */
final class DateWords {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private DateWords() {
    }

    static String of(EventDate d) {
        if (d == null) {
            return "undated";
        }
        return switch (d.granularity()) {
            case DAY -> DAY.format(d.start());
            case WEEK -> "week of " + SHORT.format(d.start());
            case MONTH -> MONTH.format(d.start());
            case QUARTER -> "Q" + ((d.start().getMonthValue() - 1) / 3 + 1) + " " + d.start().getYear();
            case YEAR -> Integer.toString(d.start().getYear());
            case INTERVAL -> SHORT.format(d.start()) + " \u2013 " + SHORT.format(d.end());
        };
    }
}
