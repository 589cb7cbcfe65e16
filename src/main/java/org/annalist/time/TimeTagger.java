package org.annalist.time;

import java.time.LocalDate;
import java.util.List;

/** Finds time expressions in plain text and normalises them against the publication date. */
public interface TimeTagger {

    /**
     * @param text the plain text to tag
     * @param dct  the document creation (publication) date, or {@code null} when unknown: relative
     *             expressions then stay unresolved
     * @return the expressions in text order, non-overlapping
     */
    List<TimeExpression> tag(String text, LocalDate dct);

    /**
     * The English news tagger built from the rule resources under {@code org/annalist/time/}:
     * loaded and compiled once, on first use, then shared; it is immutable and safe to call from
     * parallel threads.
     */
    static TimeTagger standard() {
        return StandardHolder.TAGGER;
    }
}
