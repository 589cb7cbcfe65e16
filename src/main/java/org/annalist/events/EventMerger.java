package org.annalist.events;

import java.util.List;

/** Joins the reports of the same act from several articles into one event and numbers the result. */
public interface EventMerger {

    /** @return merged events with final ids {@code e1, e2, ...} in date order */
    List<Event> merge(List<Event> events);
}
