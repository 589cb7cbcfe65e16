package org.annalist.corpus;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The anchor for every relative date in an article, with where it came from and why.
 *
 * @param date   the date, or {@code null} when none could be found
 * @param source where it came from
 * @param note   a short human explanation ("from the sidecar file", "dateline 'PARIS, Oct 5'")
 */
public record PublicationDate(LocalDate date, DateSource source, String note) {

    public PublicationDate {
        Objects.requireNonNull(source, "source");
        note = note == null ? "" : note;
        if (date == null && source != DateSource.NONE) {
            throw new IllegalArgumentException("a " + source.id() + " date needs a value");
        }
    }

    public static PublicationDate none(String note) {
        return new PublicationDate(null, DateSource.NONE, note);
    }

    public static PublicationDate setByUser(LocalDate date) {
        return new PublicationDate(Objects.requireNonNull(date), DateSource.USER, "set by the analyst");
    }

    public boolean isKnown() {
        return date != null;
    }
}
