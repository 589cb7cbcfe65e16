package org.annalist.events;

import java.util.List;
import java.util.Objects;

/**
 * One act: who did what to whom, when, and which passages say so. Immutable.
 *
 * @param id        stable within one analysis ({@code e12})
 * @param date      when, or {@code null} when the text gives no date (kept off the timeline)
 * @param type      PLOVER category or statement
 * @param tone      Goldstein scale, -10 hostile .. +10 cooperative
 * @param status    occurred, planned, ... or negated, hypothetical (those are not drawn)
 * @param source    actor ids of who acts
 * @param target    actor ids of whom it is done to
 * @param summary   a short line ("France calls for UN resolution")
 * @param passages  supporting passages, possibly across several articles
 * @param dateConflict {@code null}, or a note saying how the sources disagree on the date
 * @param attribution  actor ids of who reported the act ("..., activists said", "according to the
 *                     Observatory"); never its source
 * @param cameo     the CAMEO code of the field's verb pattern that matched ("0231"), or {@code null}
 *                  when no pattern of the CAMEO dictionary codes the act
 */
public record Event(String id, EventDate date, EventType type, double tone, EventStatus status,
                    List<String> source, List<String> target, String summary,
                    List<Passage> passages, String dateConflict, List<String> attribution, String cameo) {

    /** An event that names no reporter and carries no CAMEO code. */
    public Event(String id, EventDate date, EventType type, double tone, EventStatus status,
                 List<String> source, List<String> target, String summary,
                 List<Passage> passages, String dateConflict) {
        this(id, date, type, tone, status, source, target, summary, passages, dateConflict, List.of(), null);
    }

    /** An event with its reporters and no CAMEO code. */
    public Event(String id, EventDate date, EventType type, double tone, EventStatus status,
                 List<String> source, List<String> target, String summary,
                 List<Passage> passages, String dateConflict, List<String> attribution) {
        this(id, date, type, tone, status, source, target, summary, passages, dateConflict, attribution, null);
    }

    /** An event with its CAMEO code and no reporter. */
    public Event(String id, EventDate date, EventType type, double tone, EventStatus status,
                 List<String> source, List<String> target, String summary,
                 List<Passage> passages, String dateConflict, String cameo) {
        this(id, date, type, tone, status, source, target, summary, passages, dateConflict, List.of(), cameo);
    }

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        source = List.copyOf(source);
        target = List.copyOf(target);
        passages = List.copyOf(passages);
        attribution = attribution == null ? List.of() : List.copyOf(attribution);
        summary = summary == null ? "" : summary;
    }

    /** Every actor involved, sources first, without repeats. */
    public List<String> actors() {
        return java.util.stream.Stream.concat(source.stream(), target.stream()).distinct().toList();
    }

    public boolean isDated() {
        return date != null;
    }
}
