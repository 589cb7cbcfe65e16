package org.annalist.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annalist.analysis.ActorGraph;
import org.annalist.analysis.Analysis;
import org.annalist.analysis.GraphEdge;
import org.annalist.events.Event;
import org.annalist.render.Rgba;
import org.annalist.timeline.ActorRanking;

/** The actor graph of the shown events: who appears, how often, and who shares events with whom. */
public final class GraphModel {

    /** One actor: its id, display name, colour and how many shown events involve it. */
    public record Node(String id, String label, Rgba colour, int events) {
    }

    private final List<Node> nodes;
    private final List<GraphEdge> edges;
    private final Map<String, Node> byId = new HashMap<>();

    private GraphModel(List<Node> nodes, List<GraphEdge> edges) {
        this.nodes = List.copyOf(nodes);
        this.edges = List.copyOf(edges);
        nodes.forEach(n -> byId.put(n.id(), n));
    }

    public static GraphModel of(Analysis analysis, List<Event> shown) {
        ActorRanking ranking = new ActorRanking(analysis);
        Map<String, Integer> counts = new HashMap<>();
        shown.forEach(e -> e.actors().forEach(a -> counts.merge(a, 1, Integer::sum)));
        List<Node> nodes = new ArrayList<>();
        counts.forEach((id, n) -> nodes.add(new Node(id, ranking.name(id), ranking.colour(id), n)));
        nodes.sort(Comparator.comparingInt((Node n) -> ranking.rank(n.id())).thenComparing(Node::id));
        return new GraphModel(nodes, ActorGraph.of(shown).edges());
    }

    public List<Node> nodes() {
        return nodes;
    }

    public List<GraphEdge> edges() {
        return edges;
    }

    public Node node(String id) {
        return byId.get(id);
    }

    public int maxEvents() {
        return nodes.stream().mapToInt(Node::events).max().orElse(1);
    }

    public int maxWeight() {
        return edges.stream().mapToInt(GraphEdge::weight).max().orElse(1);
    }

    /** Node radius: area grows with the number of events. */
    public double radius(Node n) {
        return 8 + 22 * Math.sqrt(n.events() / (double) maxEvents());
    }

    /** Edge width: grows with the number of shared events. */
    public double width(GraphEdge e) {
        return 1 + 7 * Math.sqrt(e.weight() / (double) maxWeight());
    }
}
