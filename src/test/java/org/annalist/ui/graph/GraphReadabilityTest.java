package org.annalist.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.annalist.analysis.GraphEdge;
import org.annalist.events.EventType;
import org.annalist.graph.ForceLayout;
import org.annalist.ui.MainWindow;
import org.annalist.ui.TestWindow;
import org.annalist.ui.timeline.HandMadeAnalysis;
import org.annalist.ui.workspace.WorkspaceViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Problem 4 of issue 12: the actor graph stays readable past a few actors. Forty busy actors and
 * the five focus actors with one event each: the focus actors are labelled next to their nodes,
 * a clicked node stands out with its edges, a re-enabled actor comes back where it was, and the
 * focus view, the edge threshold and a detached window cut the hairball down.
 */
@ExtendWith(ApplicationExtension.class)
class GraphReadabilityTest {

    private static final List<String> FOCUS = List.of("france", "russia", "united-states", "united-nations", "turkey");
    private static final List<String> BUSY = List.of("afghanistan", "albania", "algeria", "andorra", "angola",
            "argentina", "armenia", "australia", "austria", "azerbaijan", "bahamas", "bahrain", "bangladesh",
            "barbados", "belarus", "belgium", "belize", "benin", "bhutan", "bolivia", "botswana", "brazil", "brunei",
            "bulgaria", "burundi", "cambodia", "cameroon", "canada", "chad", "chile", "china", "colombia", "comoros",
            "congo", "croatia", "cuba", "cyprus", "czechia", "denmark", "djibouti");

    private MainWindow window;
    private WorkspaceViewModel vm;

    @Start
    void start(Stage stage) {
        TestWindow shown = TestWindow.show(stage, 1366, 768);
        vm = shown.vm();
        window = shown.window();
        HandMadeAnalysis a = new HandMadeAnalysis();
        LocalDate day = LocalDate.of(2011, 3, 1);
        for (int i = 0; i < BUSY.size(); i++) {
            for (int k = 0; k < 6; k++) {
                a.add(day.plusDays(k), EventType.ACCUSE, BUSY.get(i), BUSY.get((i + 1) % BUSY.size()));
                a.add(day.plusDays(k), EventType.CONSULT, BUSY.get(i), BUSY.get((i + 7) % BUSY.size()));
            }
        }
        for (int i = 0; i < FOCUS.size(); i++) {
            a.add(day.plusDays(i), EventType.AGREE, FOCUS.get(i), BUSY.get(i * 8));
        }
        // these tests are about all 45 actors drawn at once (GraphAtScaleTest covers the readable view)
        window.graphModel().readableProperty().set(false);
        vm.setAnalysis(a.build());
    }

    private void settle(FxRobot robot) {
        robot.interact(() -> {
            window.graphModel().layout().settle(3000);
            window.graph().redraw();
        });
    }

    private double distanceToBox(Point2D p, double[] b) {
        double dx = Math.max(0, Math.max(b[0] - p.getX(), p.getX() - b[2]));
        double dy = Math.max(0, Math.max(b[1] - p.getY(), p.getY() - b[3]));
        return Math.hypot(dx, dy);
    }

    @Test
    void focusActorsAreLabelledNextToTheirNodesAndAClickedNodeStandsOutWithItsEdges(FxRobot robot) {
        settle(robot);
        GraphPane graph = window.graph();
        Map<String, double[]> labels = new HashMap<>(graph.drawnLabels());
        assertThat(labels.keySet()).containsAll(FOCUS);
        for (String id : FOCUS) {
            Point2D node = graph.nodePosition(id).orElseThrow();
            assertThat(distanceToBox(node, labels.get(id))).as("%s label next to its node", id).isLessThan(40);
            for (var other : labels.entrySet()) {
                if (!other.getKey().equals(id)) {
                    double[] a = labels.get(id);
                    double[] b = other.getValue();
                    boolean overlap = a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
                    assertThat(overlap).as("%s label clear of %s label", id, other.getKey()).isFalse();
                }
            }
        }

        String picked = BUSY.get(10);
        robot.clickOn(graph.localToScreen(graph.nodePosition(picked).orElseThrow()), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(graph::redraw);
        assertThat(graph.drawnLabels()).containsKey(picked);
        GraphEdge far = window.graphModel().graph().edges().stream()
                .filter(e -> !e.source().equals(picked) && !e.target().equals(picked)).filter(e -> e.weight() >= 6)
                .filter(e -> graph.edgeClickPoint(e).isPresent()).findFirst().orElseThrow();
        Point2D onFar = graph.edgeClickPoint(far).orElseThrow();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = graph.snapshot(null, null));
        Color farColour = shot[0].getPixelReader().getColor((int) onFar.getX(), (int) onFar.getY());
        // an edge the selected node is not part of steps back to a faint line
        assertThat(farColour.getBrightness()).as("far edge faded, was %s", farColour).isGreaterThan(0.8);
        assertThat(farColour.getSaturation()).as("far edge faded, was %s", farColour).isLessThan(0.35);
    }

    @Test
    void aReEnabledActorComesBackWhereItWasAndTheOthersStayPut(FxRobot robot) {
        settle(robot);
        ForceLayout layout = window.graphModel().layout();
        String actor = BUSY.get(5);
        ForceLayout.Point before = layout.position(actor);
        Map<String, ForceLayout.Point> others = new HashMap<>();
        BUSY.forEach(id -> others.put(id, layout.position(id)));
        robot.interact(() -> vm.filter().hiddenActors().add(actor));
        assertThat(window.graphModel().graph().node(actor)).isNull();
        robot.interact(() -> vm.filter().hiddenActors().remove(actor));
        ForceLayout.Point back = layout.position(actor);
        assertThat(Math.hypot(back.x() - before.x(), back.y() - before.y())).isLessThan(0.03);
        robot.interact(() -> layout.settle(3000));
        double moved = BUSY.stream().mapToDouble(id -> {
            ForceLayout.Point p = layout.position(id);
            return Math.hypot(p.x() - others.get(id).x(), p.y() - others.get(id).y());
        }).max().orElse(0);
        assertThat(moved).as("largest move of any actor after re-enabling one").isLessThan(0.05);
    }

    @Test
    void theFocusViewTheEdgeThresholdAndADetachedWindowCutTheHairballDown(FxRobot robot) {
        robot.clickOn(".graph-focus");
        WaitForAsyncUtils.waitForFxEvents();
        Set<String> shown = Set.copyOf(window.graphModel().graph().nodes().stream().map(n -> n.id()).toList());
        assertThat(shown).containsAll(FOCUS).hasSize(10);
        robot.clickOn(".graph-focus");
        robot.interact(() -> window.graphModel().minWeightProperty().set(6));
        assertThat(window.graphModel().graph().edges()).isNotEmpty().allMatch(e -> e.weight() >= 6);
        assertThat(window.graphModel().graph().nodes()).hasSize(BUSY.size() + FOCUS.size());

        int windows = Window.getWindows().size();
        robot.clickOn(".graph-detach");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Window.getWindows()).hasSize(windows + 1);
        Stage detached = (Stage) Window.getWindows().get(windows);
        assertThat(detached.getScene().getRoot().lookup(".graph-pane")).isNotNull();
        assertThat(detached.getWidth()).isGreaterThan(window.graph().getWidth());
        robot.interact(detached::close);
    }
}
