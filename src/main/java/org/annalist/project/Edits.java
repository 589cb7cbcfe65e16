package org.annalist.project;

import java.time.LocalDate;
import java.util.List;
import org.annalist.corpus.Article;
import org.annalist.events.Event;
import org.annalist.events.EventDate;
import org.annalist.events.EventStatus;
import org.annalist.events.EventType;
import org.annalist.events.Passage;

/** The edits the analyst can make, built from what the views show. */
public final class Edits {

    private Edits() {
    }

    public static Edit publicationDate(Article article, LocalDate date) {
        return new Edit("Set publication date of " + label(article),
                c -> c.with(new PublicationDateFix(article.id(), Fingerprint.of(article.text()), date)));
    }

    public static Edit date(Event e, EventDate date) {
        return event("Change date of " + label(e), new EventCorrection.DateFix(EventRef.of(e), date.value(),
                date.start(), date.end(), date.granularity()));
    }

    public static Edit type(Event e, EventType type) {
        return event("Change type of " + label(e), new EventCorrection.TypeFix(EventRef.of(e), type));
    }

    public static Edit actors(Event e, List<String> source, List<String> target) {
        return event("Change actors of " + label(e), new EventCorrection.ActorsFix(EventRef.of(e), source, target));
    }

    public static Edit delete(Event e) {
        return event("Delete " + label(e), new EventCorrection.Deletion(EventRef.of(e)));
    }

    public static Edit merge(Event kept, Event absorbed) {
        return event("Merge " + label(absorbed) + " into " + label(kept),
                new EventCorrection.Merge(EventRef.of(kept), EventRef.of(absorbed)));
    }

    public static Edit note(Event e, String text) {
        return event("Note on " + label(e), new EventCorrection.Note(EventRef.of(e), text));
    }

    /** A new event on these passages; {@code id} must not clash with extracted ids (e.g. {@code user-1}). */
    public static Edit add(String id, EventDate date, EventType type, double tone, EventStatus status,
                           List<String> source, List<String> target, String summary, List<Passage> passages) {
        return event("Add event " + (summary == null || summary.isBlank() ? id : summary),
                new EventCorrection.Addition(id, date == null ? null : date.value(), date == null ? null : date.start(),
                        date == null ? null : date.end(), date == null ? null : date.granularity(), type, tone, status,
                        source, target, summary, passages.stream().map(PassageRef::of).toList()));
    }

    private static Edit event(String label, EventCorrection c) {
        return new Edit(label, before -> before.with(c));
    }

    private static String label(Event e) {
        return e.summary().isBlank() ? e.id() : "'" + e.summary() + "'";
    }

    private static String label(Article a) {
        return a.title().isBlank() ? a.id() : "'" + a.title() + "'";
    }
}
