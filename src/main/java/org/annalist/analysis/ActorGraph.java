package org.annalist.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.annalist.events.Event;

/** Who interacts with whom: one edge per pair of actors that share at least one event. */
public record ActorGraph(List<GraphEdge> edges) {

    public ActorGraph {
        edges = List.copyOf(edges);
    }

    /**
     * Builds the graph of {@code events}; each event counts once per pair of its actors. Acts the
     * text does not assert (negated, hypothetical, merely demanded or denied) make no edge.
     */
    public static ActorGraph of(List<Event> events) {
        Map<String, List<Event>> byPair = new TreeMap<>();
        for (Event e : events) {
            if (!e.status().isDrawn()) {
                continue;
            }
            List<String> actors = e.actors().stream().sorted().toList();
            for (int i = 0; i < actors.size(); i++) {
                for (int j = i + 1; j < actors.size(); j++) {
                    byPair.computeIfAbsent(actors.get(i) + "\u0000" + actors.get(j), k -> new ArrayList<>()).add(e);
                }
            }
        }
        List<GraphEdge> edges = new ArrayList<>();
        byPair.forEach((key, shared) -> {
            String[] ids = key.split("\u0000");
            double tone = shared.stream().mapToDouble(Event::tone).average().orElse(0);
            edges.add(new GraphEdge(ids[0], ids[1], shared.stream().map(Event::id).toList(), tone));
        });
        return new ActorGraph(edges);
    }
}
