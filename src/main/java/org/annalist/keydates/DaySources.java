package org.annalist.keydates;

import java.util.List;
import java.util.Set;
import org.annalist.events.Event;
import org.annalist.text.Span;

/**
 * What refers to one day: the sentences naming it, the events dated to it and the articles behind both.
 * The summary of the day is picked from these.
 */
public record DaySources(List<Reference> references, List<Event> events, Set<String> articles) {

    public DaySources {
        references = List.copyOf(references);
        events = List.copyOf(events);
        articles = Set.copyOf(articles);
    }

    /** A sentence of an article whose time expression names the day. */
    public record Reference(String articleId, Span sentence) {
    }
}
