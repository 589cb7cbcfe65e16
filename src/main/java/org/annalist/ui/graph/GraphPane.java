package org.annalist.ui.graph;

import java.util.List;
import java.util.Optional;
import javafx.animation.AnimationTimer;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.annalist.analysis.GraphEdge;
import org.annalist.graph.ForceLayout;
import org.annalist.graph.GraphModel;
import org.annalist.graph.GraphView2D;
import org.annalist.timeline.Palette;
import org.annalist.ui.canvas.FxCanvas2D;

/**
 * The actor graph on a canvas: animates the force layout until it settles, lets nodes be dragged,
 * and turns clicks on nodes and edges into event lists.
 */
public final class GraphPane extends Region {

    private final Canvas canvas = new Canvas();
    private final GraphViewModel model;
    private final AnimationTimer timer;
    private String dragging;
    private GraphView2D lastView;
    private boolean moved;
    /** Whether the window gives this graph most of its pane; offered only where someone acts on it. */
    private final javafx.beans.property.BooleanProperty enlarged = new javafx.beans.property.SimpleBooleanProperty();
    private boolean enlargeable;

    public GraphPane(GraphViewModel model) {
        this.model = model;
        getStyleClass().add("graph-pane");
        getChildren().add(canvas);
        setFocusTraversable(true);
        setAccessibleText("Actor graph. Tab to focus, N steps through actors.");
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                boolean moving = false;
                for (int i = 0; i < 3; i++) {
                    moving |= model.layout().step();
                }
                redraw();
                if (!moving && dragging == null) {
                    stop();
                }
            }
        };
        model.graphProperty().addListener(o -> timer.start());
        model.selectedNodeProperty().addListener(o -> redraw());
        model.selectedEdgeProperty().addListener(o -> redraw());
        model.workspace().matchesProperty().addListener(o -> redraw());
        model.workspace().darkProperty().addListener(o -> redraw());
        model.workspace().tasks().runningProperty().addListener(o -> redraw());
        widthProperty().addListener(o -> redraw());
        heightProperty().addListener(o -> redraw());
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::onReleased);
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        timer.start();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        redraw();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 420;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 300;
    }

    /** This graph under a bar with the focus view, the edge threshold and a button to detach it. */
    public javafx.scene.layout.BorderPane withControls() {
        return GraphControls.around(this);
    }

    /** The label boxes {x1, y1, x2, y2} of the last frame, by actor id, in this pane's coordinates. */
    public java.util.Map<String, double[]> drawnLabels() {
        return lastView == null ? java.util.Map.of() : lastView.drawnLabels();
    }

    private GraphView2D view() {
        return new GraphView2D(model.graph(), model.layout(), 0, 0, canvas.getWidth(), canvas.getHeight() - 24);
    }

    /** Draws one frame. */
    public void redraw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w < 1 || h < 1) {
            return;
        }
        boolean dark = model.workspace().darkProperty().get();
        FxCanvas2D c = new FxCanvas2D(canvas.getGraphicsContext2D(), w, h);
        Palette.Theme t = Palette.standard().theme(dark);
        c.fill(t.background());
        c.fillRect(0, 0, w, h);
        lastView = view();
        lastView.paint(c, dark, new GraphView2D.Emphasis(model.selectedNodeProperty().get(),
                model.selectedEdgeProperty().get(), model.highlightedNodes()));
        GraphView2D.paintLegend(c, 10, h - 24, t);
        if (model.graph().nodes().isEmpty()) {
            c.fill(t.muted());
            c.font(13, false);
            c.fillText(emptyMessage(), 16, 28);
        }
    }

    /** Why there is no node: still loading, nothing open, or nothing in the filters and dates. */
    private String emptyMessage() {
        return switch (org.annalist.ui.workspace.WhyEmpty.of(model.workspace())) {
            case LOADING -> "Reading and analysing articles…";
            case NOTHING_OPEN -> "No articles open.";
            case NOTHING_DATED, FILTERED_OUT -> "No actors in the visible range.";
        };
    }

    private void onPressed(MouseEvent e) {
        requestFocus();
        GraphModel.Node n = view().nodeAt(e.getX(), e.getY());
        dragging = n == null ? null : n.id();
        moved = false;
    }

    private void onDragged(MouseEvent e) {
        if (dragging != null) {
            moved = true;
            ForceLayout.Point p = view().toLayout(e.getX(), e.getY());
            model.layout().pin(dragging, p.x(), p.y());
            timer.start();
        }
    }

    private void onReleased(MouseEvent e) {
        String node = dragging;
        dragging = null;
        if (moved) {
            return;
        }
        if (node != null) {
            model.pickNode(node);
            return;
        }
        GraphEdge edge = view().edgeAt(e.getX(), e.getY());
        if (edge != null) {
            model.pickEdge(edge);
        }
    }

    private void onKey(KeyEvent e) {
        List<GraphModel.Node> nodes = model.graph().nodes();
        if (nodes.isEmpty()) {
            return;
        }
        int at = nodes.indexOf(model.graph().node(String.valueOf(model.selectedNodeProperty().get())));
        switch (e.getCode()) {
            case N, RIGHT, DOWN -> model.pickNode(nodes.get((at + 1) % nodes.size()).id());
            case P, LEFT, UP -> model.pickNode(nodes.get((at - 1 + nodes.size()) % nodes.size()).id());
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Centre of a node in this pane's coordinates. */
    public Optional<Point2D> nodePosition(String actorId) {
        return model.graph().node(actorId) == null ? Optional.empty()
                : Optional.of(new Point2D(view().sx(actorId), view().sy(actorId)));
    }

    /** A point on the edge that no node covers, where a click picks this edge. */
    public Optional<Point2D> edgeClickPoint(GraphEdge edge) {
        GraphView2D v = view();
        for (double t = 0.5; t > 0.05; t -= 0.05) {
            for (double u : new double[] {t, 1 - t}) {
                double x = v.sx(edge.source()) * (1 - u) + v.sx(edge.target()) * u;
                double y = v.sy(edge.source()) * (1 - u) + v.sy(edge.target()) * u;
                if (v.nodeAt(x, y) == null && edge.equals(v.edgeAt(x, y))) {
                    return Optional.of(new Point2D(x, y));
                }
            }
        }
        return Optional.empty();
    }

    /** Set by the window that can give the graph more room: the bar then offers "Enlarge". */
    public javafx.beans.property.BooleanProperty enlargedProperty() {
        enlargeable = true;
        return enlarged;
    }

    boolean enlargeable() {
        return enlargeable;
    }

    public GraphViewModel model() {
        return model;
    }
}
