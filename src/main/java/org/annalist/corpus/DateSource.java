package org.annalist.corpus;

/** Where an article's publication date came from, in the order the resolver tries them. */
public enum DateSource {
    /** A sidecar {@code .meta.json}, JSON field or HTML meta tag. */
    METADATA,
    /** A date written in the article's URL. */
    URL,
    /** A dateline or byline in the text. */
    TEXT,
    /** Estimated from the dates the text mentions; the user should check it. */
    INFERRED,
    /** Nothing found; the user must set it. */
    NONE,
    /** Set by the analyst by hand. */
    USER;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** True when the date is a guess or missing, so the UI should flag the article. */
    public boolean needsReview() {
        return this == INFERRED || this == NONE;
    }
}
