package org.annalist.corpus;

/** Where an article's publication date came from, in the order the resolver tries them. */
public enum DateSource {
    /** A sidecar {@code .meta.json}, JSON field or HTML meta tag. */
    METADATA,
    /** A date written in the article's URL. */
    URL,
    /** A dateline, byline or date stamp at the top of the text ("PARIS, Oct 5, 2016 (AFP) -", "Published: 5 September 2013"). */
    DATELINE,
    /** A date in the text; older projects saved dateline dates under this name. */
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
