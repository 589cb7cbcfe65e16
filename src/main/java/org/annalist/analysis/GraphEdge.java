package org.annalist.analysis;

import java.util.List;

/**
 * Two actors that share events. Undirected: {@code source} sorts before {@code target}.
 *
 * @param events   ids of the distinct events they share
 * @param meanTone mean Goldstein tone of those events
 */
public record GraphEdge(String source, String target, List<String> events, double meanTone) {

    public GraphEdge {
        events = List.copyOf(events);
    }

    /** Number of distinct shared events (not mentions). */
    public int weight() {
        return events.size();
    }
}
