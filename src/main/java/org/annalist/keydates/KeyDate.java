package org.annalist.keydates;

import java.time.LocalDate;
import java.util.List;

/**
 * A day that matters, as ranked.
 *
 * @param date     the day
 * @param score    0..1, the best day of the corpus scoring 1
 * @param summary  one line saying what happened, whole phrases only
 * @param events   ids of the events dated to the day, most supported first
 * @param articles distinct articles that refer to the day or report an event on it
 */
public record KeyDate(LocalDate date, double score, String summary, List<String> events, int articles) {

    public KeyDate {
        events = List.copyOf(events);
        summary = summary == null ? "" : summary;
    }
}
