package org.annalist.time;

import java.time.LocalDate;
import java.util.Objects;
import org.annalist.text.Span;

/**
 * One time expression found in a text, normalised against the publication date.
 *
 * @param span  where it is in the text
 * @param text  the covered text, exactly {@code span.of(articleText)}
 * @param type  TIMEX3 type
 * @param value TIMEX3 value: {@code 2016-10-22}, {@code 2016-W40}, {@code 2016-W05-WE}, {@code P3D},
 *              {@code PAST_REF}, {@code 2016-10-06/2016-10-07}, ...
 * @param start first day denoted (inclusive), or {@code null} when the value denotes no days
 *              (durations, vague references)
 * @param end   last day denoted (inclusive), or {@code null}
 */
public record TimeExpression(Span span, String text, TimexType type, String value,
                             LocalDate start, LocalDate end) {

    public TimeExpression {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        if ((start == null) != (end == null) || (start != null && end.isBefore(start))) {
            throw new IllegalArgumentException("bad day range " + start + ".." + end + " for " + value);
        }
    }

    /** True when the expression pins down a stretch of calendar days. */
    public boolean isAnchored() {
        return start != null;
    }
}
