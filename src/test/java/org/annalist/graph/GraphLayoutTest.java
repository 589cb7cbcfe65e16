package org.annalist.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.analysis.Analysis;
import org.annalist.analysis.GraphEdge;
import org.annalist.bench.SyntheticAnalysis;
import org.annalist.timeline.RecordingCanvas;
import org.junit.jupiter.api.Test;

class GraphLayoutTest {

    private final Analysis analysis = SyntheticAnalysis.generate(300, 100, 5);

    @Test
    void layoutSettlesAndSpreadsNodesApart() {
        GraphModel model = GraphModel.of(analysis, analysis.events());
        ForceLayout layout = new ForceLayout();
        List<String> ids = model.nodes().stream().map(GraphModel.Node::id).toList();
        layout.update(ids, model.edges());
        layout.settle(2000);
        assertThat(layout.isSettled()).isTrue();
        double closest = Double.MAX_VALUE;
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                var a = layout.position(ids.get(i));
                var b = layout.position(ids.get(j));
                closest = Math.min(closest, Math.hypot(a.x() - b.x(), a.y() - b.y()));
            }
        }
        assertThat(closest).isGreaterThan(0.05);
    }

    @Test
    void pinnedNodeStaysWhereItWasDropped() {
        GraphModel model = GraphModel.of(analysis, analysis.events());
        ForceLayout layout = new ForceLayout();
        layout.update(model.nodes().stream().map(GraphModel.Node::id).toList(), model.edges());
        layout.pin("france", 0.2, 0.8);
        layout.settle(200);
        assertThat(layout.position("france")).isEqualTo(new ForceLayout.Point(0.2, 0.8));
    }

    @Test
    void nodeAndEdgeHitTesting() {
        GraphModel model = GraphModel.of(analysis, analysis.events());
        ForceLayout layout = new ForceLayout();
        layout.update(model.nodes().stream().map(GraphModel.Node::id).toList(), model.edges());
        layout.settle(500);
        GraphView2D view = new GraphView2D(model, layout, 0, 0, 800, 600);
        assertThat(view.nodeAt(view.sx("france"), view.sy("france")).id()).isEqualTo("france");
        GraphEdge edge = model.edges().stream().max(java.util.Comparator.comparingInt(GraphEdge::weight)).orElseThrow();
        double t = 0.5;
        double x = view.sx(edge.source()) * (1 - t) + view.sx(edge.target()) * t;
        double y = view.sy(edge.source()) * (1 - t) + view.sy(edge.target()) * t;
        assertThat(view.edgeAt(x, y)).isNotNull();
    }

    @Test
    void biggerActorsGetBiggerNodesAndHeavierEdgesWiderLines() {
        GraphModel model = GraphModel.of(analysis, analysis.events());
        GraphModel.Node most = model.nodes().stream().max(java.util.Comparator.comparingInt(GraphModel.Node::events)).orElseThrow();
        GraphModel.Node least = model.nodes().stream().min(java.util.Comparator.comparingInt(GraphModel.Node::events)).orElseThrow();
        assertThat(model.radius(most)).isGreaterThan(model.radius(least));
        GraphEdge heavy = model.edges().stream().max(java.util.Comparator.comparingInt(GraphEdge::weight)).orElseThrow();
        GraphEdge light = model.edges().stream().min(java.util.Comparator.comparingInt(GraphEdge::weight)).orElseThrow();
        assertThat(model.width(heavy)).isGreaterThan(model.width(light));
    }

    @Test
    void staticRendererDrawsOneItemPerNodeAndEdge() {
        double h = GraphRenderer.preferredHeight(analysis, analysis.events(), 1000);
        RecordingCanvas c = new RecordingCanvas(1000, h);
        GraphRenderer.render(c, analysis, analysis.events(), "Actors");
        GraphModel model = GraphModel.of(analysis, analysis.events());
        assertThat(c.count("node")).isEqualTo(model.nodes().size());
        assertThat(c.count("edge")).isEqualTo(model.edges().size());
        assertThat(c.texts).contains("Actors", "Sources");
    }

    @Test
    void nodeLabelsNeverCoverEachOtherEvenInASmallPane() {
        GraphModel model = GraphModel.of(analysis, analysis.events());
        ForceLayout layout = new ForceLayout();
        layout.update(model.nodes().stream().map(GraphModel.Node::id).toList(), model.edges());
        layout.settle(2000);
        RecordingCanvas c = new RecordingCanvas(420, 240);
        new GraphView2D(model, layout, 0, 0, 420, 240).paint(c, false, GraphView2D.Emphasis.NONE);

        List<double[]> labels = new java.util.ArrayList<>();
        for (int i = 0; i < c.texts.size(); i++) {
            if (c.texts.get(i).matches(".+ \\(\\d+\\)")) {
                labels.add(c.textBoxes.get(i));
            }
        }
        assertThat(labels).isNotEmpty();
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                double[] a = labels.get(i);
                double[] b = labels.get(j);
                boolean overlap = a[0] < b[0] + b[2] && b[0] < a[0] + a[2]
                        && a[1] - a[3] < b[1] && b[1] - b[3] < a[1];
                assertThat(overlap).as("labels %s and %s overlap", i, j).isFalse();
            }
        }
    }

    @Test
    void theBusiestActorsAreAlwaysLabelledEvenInACrowdedPane() {
        // a corpus about one country that is not a focus actor: its node is the biggest, in the middle
        Analysis big = SyntheticAnalysis.generate(3000, 100, 5);
        String country = big.events().stream().flatMap(e -> e.source().stream())
                .filter(id -> !big.catalog().focusIds().contains(id)).findFirst().orElseThrow();
        List<org.annalist.events.Event> shown = new java.util.ArrayList<>(big.events());
        big.events().stream().filter(e -> e.source().contains(country) || e.target().contains(country))
                .forEach(e -> { shown.add(e); shown.add(e); shown.add(e); });
        GraphModel model = GraphModel.of(big, shown);
        ForceLayout layout = new ForceLayout();
        layout.update(model.nodes().stream().map(GraphModel.Node::id).toList(), model.edges());
        layout.settle(2000);
        for (int[] size : new int[][] {{420, 240}, {600, 200}, {300, 160}}) {
            GraphView2D view = new GraphView2D(model, layout, 0, 0, size[0], size[1]);
            view.paint(new RecordingCanvas(size[0], size[1]), false, GraphView2D.Emphasis.NONE);
            List<String> busiest = model.nodes().stream()
                    .sorted(java.util.Comparator.comparingInt(GraphModel.Node::events).reversed())
                    .limit(3).map(GraphModel.Node::id).toList();
            assertThat(view.drawnLabels().keySet()).as("labels in a %dx%d pane", size[0], size[1])
                    .containsAll(busiest);
        }
    }
}
