package org.annalist.keydates;

import java.util.Locale;

/**
 * One kind of evidence that a day matters, each measured on its own (docs/keydates.md). Counts are
 * log-scaled and divided by the corpus maximum, so one set of weights fits corpora of any size.
 */
public enum Evidence {
    /** Sentences referring to the day in articles published on other days (at most a few per article). */
    SENTENCES,
    /** Sentences referring to the day in articles published that day. */
    SAME_DAY,
    /** Distinct articles published on other days that refer to the day. */
    ARTICLES,
    /** Distinct articles naming the day in their first sentences (headline and lead), on any day. */
    LEAD,
    /** Distinct outlets that refer to the day. */
    OUTLETS,
    /** Articles referring back within the first days after it: how soon the news came back to it. */
    SOON,
    /** Articles referring back later in the same week. */
    WEEK,
    /** Articles still referring back more than a week later. */
    LATER,
    /** LATER per article published after the day: late days have had less time to be cited. */
    LATER_RATE,
    /**
     * Share of the articles published after the day that refer back to it (per 100, smoothed): being
     * recalled, normalised by how much was published afterwards, so short and long corpora compare.
     */
    RECALL_SHARE,
    /** Articles referring to the day before it came (a vote, a deadline). */
    AHEAD,
    /** Chronologies (articles that recall many days) listing the day: journalists' own picks. */
    CHRONOLOGIES,
    /** Events dated to the day by their own time expression, weighted by type (an assault over a statement). */
    EVENTS,
    /** Articles reporting an event dated to the day by its own time expression. */
    EVENT_ARTICLES,
    /** Events that only carry their article's publication date. */
    PUBLISHED_EVENTS,
    /** Articles published on the day (the newsroom's volume: the baseline). */
    PUBLICATIONS,
    /** 1 when more articles refer to the day than to any day within three days of it. */
    PEAK,
    /** Articles published within a week either side: busy weeks cite every day more (a negative weight). */
    LOCAL_VOLUME,
    /** Articles published within a month either side. */
    SEASON_VOLUME,
    /** 1 when the day lies inside the span the corpus was published in (or just before it). */
    COVERAGE;

    /** The key in {@code weights.json}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Counts are log-scaled; PEAK and COVERAGE are already 0 or 1. */
    boolean isFlag() {
        return this == PEAK || this == COVERAGE;
    }

    public static Evidence fromId(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
