package org.annalist.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
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
    private final Set<String> focus;
    private final Map<String, Node> byId = new HashMap<>();

    private GraphModel(List<Node> nodes, List<GraphEdge> edges, Set<String> focus) {
        this.nodes = List.copyOf(nodes);
        this.edges = List.copyOf(edges);
        this.focus = Set.copyOf(focus);
        nodes.forEach(n -> byId.put(n.id(), n));
    }

    public static GraphModel of(Analysis analysis, List<Event> shown) {
        ActorRanking ranking = new ActorRanking(analysis);
        Map<String, Integer> counts = new HashMap<>();
        shown.forEach(e -> e.actors().forEach(a -> counts.merge(a, 1, Integer::sum)));
        List<Node> nodes = new ArrayList<>();
        counts.forEach((id, n) -> nodes.add(new Node(id, ranking.name(id), ranking.colour(id), n)));
        nodes.sort(Comparator.comparingInt((Node n) -> ranking.rank(n.id())).thenComparing(Node::id));
        return new GraphModel(nodes, ActorGraph.of(shown).edges(), Set.copyOf(analysis.catalog().focusIds()));
    }

    /**
     * A readable part of this graph: only edges of at least {@code minWeight} shared events, and,
     * when {@code focusOnly}, only the focus actors and the actors they share such an edge with.
     * With a threshold above one, actors left without any edge are dropped, focus actors excepted.
     */
    public GraphModel filtered(int minWeight, boolean focusOnly) {
        List<GraphEdge> kept = edges.stream().filter(e -> e.weight() >= minWeight).toList();
        Set<String> keep = new HashSet<>();
        if (focusOnly) {
            nodes.stream().map(Node::id).filter(focus::contains).forEach(keep::add);
            kept.stream().filter(e -> focus.contains(e.source()) || focus.contains(e.target()))
                    .forEach(e -> {
                        keep.add(e.source());
                        keep.add(e.target());
                    });
            kept = kept.stream().filter(e -> keep.contains(e.source()) && keep.contains(e.target())).toList();
        } else if (minWeight > 1) {
            nodes.stream().map(Node::id).filter(focus::contains).forEach(keep::add);
            kept.forEach(e -> {
                keep.add(e.source());
                keep.add(e.target());
            });
        } else {
            nodes.forEach(n -> keep.add(n.id()));
        }
        return new GraphModel(nodes.stream().filter(n -> keep.contains(n.id())).toList(), kept, focus);
    }

    /** The focus actors of the catalog (labelled always). */
    public Set<String> focus() {
        return focus;
    }

    /** Actors sharing an edge with {@code id}. */
    public Set<String> neighbours(String id) {
        Set<String> out = new HashSet<>();
        for (GraphEdge e : edges) {
            if (e.source().equals(id)) {
                out.add(e.target());
            } else if (e.target().equals(id)) {
                out.add(e.source());
            }
        }
        return out;
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
