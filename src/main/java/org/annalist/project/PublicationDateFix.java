package org.annalist.project;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An article's publication date set by the analyst.
 *
 * @param textHash fingerprint of the article text when the date was set (see {@link Fingerprint})
 */
public record PublicationDateFix(String articleId, String textHash, LocalDate date) {

    public PublicationDateFix {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(date, "date");
    }
}
