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
    private List<Event> inView = List.of();
    /** Which events in view feed the graph (null: all); the key-date scope sets it. */
    private final ObjectProperty<java.util.function.Predicate<Event>> scope = new SimpleObjectProperty<>();

    public GraphViewModel(WorkspaceViewModel workspace) {
        this.workspace = workspace;
        workspace.shownProperty().addListener(o -> rebuild());
        workspace.visibleFromProperty().addListener(o -> rebuild());
        workspace.visibleToProperty().addListener(o -> rebuild());
        minWeight.addListener(o -> rebuild());
        focusOnly.addListener(o -> rebuild());
        scope.addListener(o -> rebuild());
        rebuild();
    }

    private void rebuild() {
        inView = scope.get() == null ? workspace.eventsInView()
                : workspace.eventsInView().stream().filter(scope.get()).toList();
        GraphModel g = GraphModel.of(workspace.analysis(), inView).filtered(Math.max(1, minWeight.get()),
                focusOnly.get());
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
