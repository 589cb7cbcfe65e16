package org.annalist.ui.details;

import java.util.Comparator;
import org.annalist.events.Event;
import org.annalist.events.EventDate;

/**
 * The event table's Date cell: it reads as {@link WhenWords#cell} and sorts by when the event
 * starts, then the finer date first (a day before the week or month starting that day), undated
 * last. Sorting the words instead put "2011-W10" after every day and month of 2011.
 */
public record DateCell(String words, EventDate date) implements Comparable<DateCell> {

    private static final Comparator<EventDate> ORDER = Comparator.comparing(EventDate::start)
            .thenComparing(EventDate::granularity).thenComparing(EventDate::end).thenComparing(EventDate::value);

    public static DateCell of(Event e) {
        return new DateCell(WhenWords.cell(e), e.isDated() ? e.date() : null);
    }

    @Override
    public int compareTo(DateCell o) {
        if (date == null || o.date == null) {
            return date == null ? (o.date == null ? 0 : 1) : -1;
        }
        return ORDER.compare(date, o.date);
    }

    @Override
    public String toString() {
        return words;
    }
}
