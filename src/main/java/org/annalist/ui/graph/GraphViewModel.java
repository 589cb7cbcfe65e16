package org.annalist.ui.graph;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.annalist.analysis.GraphEdge;
import org.annalist.events.Event;
import org.annalist.graph.ForceLayout;
import org.annalist.graph.GraphModel;
import org.annalist.ui.workspace.WorkspaceViewModel;

/**
 * The actor graph of the events shown in the timeline's visible range, its force layout, and what
 * the user picked in it (a node or an edge, whose events are listed).
 */
public final class GraphViewModel {

    private final WorkspaceViewModel workspace;
    private final ForceLayout layout = new ForceLayout();
    private final ReadOnlyObjectWrapper<GraphModel> graph = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<String> selectedNode = new SimpleObjectProperty<>();
    private final ObjectProperty<GraphEdge> selectedEdge = new SimpleObjectProperty<>();
    private final javafx.beans.property.IntegerProperty minWeight = new javafx.beans.property.SimpleIntegerProperty(1);
    private final javafx.beans.property.BooleanProperty focusOnly = new javafx.beans.property.SimpleBooleanProperty(false);
    private final javafx.beans.property.BooleanProperty readable = new javafx.beans.property.SimpleBooleanProperty(true);
    private final javafx.beans.property.ReadOnlyStringWrapper note = new javafx.beans.property.ReadOnlyStringWrapper("");
    private boolean applyingThreshold;
    private List<Event> inView = List.of();
    private int actorsInView;
    /** Which events in view feed the graph (null: all); the key-date scope sets it. */
    private final ObjectProperty<java.util.function.Predicate<Event>> scope = new SimpleObjectProperty<>();

    public GraphViewModel(WorkspaceViewModel workspace) {
        this.workspace = workspace;
        workspace.shownProperty().addListener(o -> rebuild());
        workspace.visibleFromProperty().addListener(o -> rebuild());
        workspace.visibleToProperty().addListener(o -> rebuild());
        minWeight.addListener(o -> {
            if (applyingThreshold) {
                return;
            }
            // a threshold the analyst picks is theirs: the readable view stops choosing one
            if (readable.get()) {
                readable.set(false);
            } else {
                rebuild();
            }
        });
        focusOnly.addListener(o -> rebuild());
        readable.addListener(o -> rebuild());
        scope.addListener(o -> rebuild());
        rebuild();
    }

    private void rebuild() {
        inView = scope.get() == null ? workspace.eventsInView()
                : workspace.eventsInView().stream().filter(scope.get()).toList();
        GraphModel all = GraphModel.of(workspace.analysis(), inView);
        actorsInView = all.nodes().size();
        if (readable.get()) {
            int w = ReadableGraph.threshold(all, focusOnly.get());
            if (w != minWeight.get()) {
                applyingThreshold = true;
                try {
                    minWeight.set(w);
                } finally {
                    applyingThreshold = false;
                }
            }
        }
        GraphModel g = all.filtered(Math.max(1, minWeight.get()), focusOnly.get());
        note.set(ReadableGraph.note(all, g, minWeight.get(), readable.get()));
        layout.update(g.nodes().stream().map(GraphModel.Node::id).toList(), g.edges());
        graph.set(g);
        if (selectedNode.get() != null && g.node(selectedNode.get()) == null) {
            selectedNode.set(null);
        }
        if (selectedEdge.get() != null && !g.edges().contains(selectedEdge.get())) {
            selectedEdge.set(null);
        }
    }

    /** Lists the actor's events in view. */
    public void pickNode(String actorId) {
        selectedEdge.set(null);
        selectedNode.set(actorId);
        List<Event> events = inView.stream().filter(e -> e.actors().contains(actorId)).toList();
        workspace.selection().list(org.annalist.timeline.ActorRanking.displayName(workspace.analysis().catalog(), actorId) + ": " + events.size()
                + " events", events);
    }

    /** Lists the events two actors share. */
    public void pickEdge(GraphEdge edge) {
        selectedNode.set(null);
        selectedEdge.set(edge);
        Set<String> ids = new HashSet<>(edge.events());
        List<Event> events = inView.stream().filter(e -> ids.contains(e.id())).toList();
        var catalog = workspace.analysis().catalog();
        workspace.selection().list(org.annalist.timeline.ActorRanking.displayName(catalog, edge.source()) + " – " + org.annalist.timeline.ActorRanking.displayName(catalog, edge.target())
                + ": " + events.size() + " shared events", events);
    }

    /** Actors of the events matching the search, for highlighting. */
    public Set<String> highlightedNodes() {
        Set<String> matches = workspace.matchesProperty().get();
        Set<String> out = new HashSet<>();
        inView.stream().filter(e -> matches.contains(e.id())).forEach(e -> out.addAll(e.actors()));
        return out;
    }

    /** Edges with fewer shared events than this are hidden (and actors left without edges). */
    public javafx.beans.property.IntegerProperty minWeightProperty() {
        return minWeight;
    }

    /** Shows only the focus actors and the actors they share edges with. */
    public javafx.beans.property.BooleanProperty focusOnlyProperty() {
        return focusOnly;
    }

    /**
     * The readable view (on by default): past {@value ReadableGraph#MOST_ACTORS} actors, the least
     * shared-events threshold that brings the graph down to that many is chosen, and {@link #note}
     * says so. Off: the threshold is the analyst's ({@link #showAll} sets it to one).
     */
    public javafx.beans.property.BooleanProperty readableProperty() {
        return readable;
    }

    /** What the graph leaves out and how to show it ("38 of 170 actors: links of 4+ shared events"), or "". */
    public javafx.beans.property.ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** How many actors the events in view have, drawn or not. */
    public int actorsInView() {
        return actorsInView;
    }

    /** Every actor and every link in view, however dense. */
    public void showAll() {
        readable.set(false);
        focusOnly.set(false);
        minWeight.set(1);
    }

    /** Which events in view feed the graph (null: all); the key-date scope sets it. */
    public ObjectProperty<java.util.function.Predicate<Event>> scopeProperty() {
        return scope;
    }

    public ForceLayout layout() {
        return layout;
    }

    public ReadOnlyObjectProperty<GraphModel> graphProperty() {
        return graph.getReadOnlyProperty();
    }

    public GraphModel graph() {
        return graph.get();
    }

    public ObjectProperty<String> selectedNodeProperty() {
        return selectedNode;
    }

    public ObjectProperty<GraphEdge> selectedEdgeProperty() {
        return selectedEdge;
    }

    public WorkspaceViewModel workspace() {
        return workspace;
    }
}
