package org.annalist.events;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When an event happened.
 *
 * @param value       TIMEX3 value ({@code 2016-10-22}, {@code 2016-W40}, {@code 2016-10-06/2016-10-07})
 * @param start       first day, inclusive
 * @param end         last day, inclusive
 * @param granularity how precise the value is
 * @param basis       how it was arrived at
 * @param derivation  the reasoning in words, e.g. "'on Monday' in an article published Wed 5 Oct
 *                    2016 -> Mon 3 Oct 2016"
 */
public record EventDate(String value, LocalDate start, LocalDate end, Granularity granularity,
                        DateBasis basis, String derivation) {

    public EventDate {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(basis, "basis");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end before start: " + value);
        }
        derivation = derivation == null ? "" : derivation;
    }

    /** A single day. */
    public static EventDate day(LocalDate day, DateBasis basis, String derivation) {
        return new EventDate(day.toString(), day, day, Granularity.DAY, basis, derivation);
    }
}
