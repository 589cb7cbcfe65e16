package org.annalist.project;

import java.util.List;
import java.util.Objects;
import org.annalist.analysis.Analysis;
import org.annalist.events.Event;

/**
 * Which event a correction is about. Event ids are not stable across analyses, so the event is
 * found again by its first supporting passage; the id only breaks ties.
 */
public record EventRef(String eventId, PassageRef passage) {

    public EventRef {
        Objects.requireNonNull(eventId, "eventId");
    }

    public static EventRef of(Event e) {
        return new EventRef(e.id(), e.passages().isEmpty() ? null : PassageRef.of(e.passages().get(0)));
    }

    /** The index of the event in {@code events}, or -1. */
    int indexIn(List<Event> events) {
        int byPassage = -1;
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            boolean samePassage = passage != null && e.passages().stream().anyMatch(passage::matches);
            if (samePassage && e.id().equals(eventId)) {
                return i;
            }
            if (samePassage && byPassage < 0) {
                byPassage = i;
            }
            if (passage == null && e.id().equals(eventId)) {
                return i;
            }
        }
        return byPassage;
    }

    /** Why the event cannot be found, in words for the user. */
    String whyMissing(Analysis analysis) {
        if (passage == null) {
            return "event " + eventId + " is no longer found";
        }
        var article = analysis.article(passage.articleId());
        if (article.isEmpty()) {
            return "article " + passage.articleId() + " is no longer among the inputs";
        }
        if (passage.locate(article.get()).isEmpty()) {
            return "article " + passage.articleId() + " changed: the passage " + passage.quote() + " is gone";
        }
        return "no event is found any more at " + passage.quote() + " in " + passage.articleId();
    }
}
