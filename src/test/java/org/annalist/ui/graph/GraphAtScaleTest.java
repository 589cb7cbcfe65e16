package org.annalist.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.annalist.actors.Actor;
import org.annalist.actors.ActorCatalog;
import org.annalist.events.EventType;
import org.annalist.ui.MainWindow;
import org.annalist.ui.TestWindow;
import org.annalist.ui.timeline.HandMadeAnalysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * With 170 actors (as in the Libya corpus) the graph opens readable: at most forty actors, the
 * focus actors among them, a note saying how many are left out and why, and a "Show all" link
 * that draws every actor (and "Readable view" to go back).
 */
@ExtendWith(ApplicationExtension.class)
class GraphAtScaleTest {

    private MainWindow window;
    private List<String> focus;

    @Start
    void start(Stage stage) {
        window = TestWindow.show(stage, 1366, 768).window();
        ActorCatalog catalog = ActorCatalog.standard();
        focus = catalog.focusIds();
        List<String> ids = catalog.actors().stream().map(Actor::id).filter(id -> !focus.contains(id)).limit(165).toList();
        HandMadeAnalysis a = new HandMadeAnalysis();
        LocalDate day = LocalDate.of(2011, 3, 1);
        // actor i shares (i % 12) + 1 events with its neighbour, and each focus actor one with actor i
        for (int i = 0; i < ids.size(); i++) {
            for (int k = 0; k <= i % 12; k++) {
                a.add(day.plusDays(k), EventType.CONSULT, ids.get(i), ids.get((i + 1) % ids.size()));
            }
        }
        for (int i = 0; i < focus.size(); i++) {
            a.add(day, EventType.ACCUSE, focus.get(i), ids.get(i * 11));
        }
        window.workspace().setAnalysis(a.build());
    }

    private Label note(FxRobot robot) {
        return robot.lookup(".graph-note").queryAs(Label.class);
    }

    @Test
    void aLargeGraphOpensWithAtMostFortyActorsAndSaysSo(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        var graph = window.graphModel().graph();
        assertThat(window.graphModel().actorsInView()).isEqualTo(170);
        assertThat(graph.nodes()).hasSizeBetween(5, 40);
        assertThat(graph.nodes()).extracting(n -> n.id()).containsAll(focus);
        assertThat(window.graph().nodePosition(focus.get(0))).isPresent();
        Label note = note(robot);
        assertThat(note.isVisible() && note.getParent().isVisible()).isTrue();
        assertThat(note.getText()).startsWith(graph.nodes().size() + " of 170 actors")
                .contains("links of " + window.graphModel().minWeightProperty().get() + "+ shared events");
        Hyperlink all = robot.lookup(".graph-show-all").queryAs(Hyperlink.class);
        assertThat(all.isVisible()).isTrue();

        robot.clickOn(all);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.graphModel().graph().nodes()).hasSize(170);
        assertThat(window.graphModel().minWeightProperty().get()).isEqualTo(1);
        assertThat(note(robot).getText()).isEmpty();
        assertThat(note(robot).getParent().isVisible()).as("the note row").isFalse();
        Hyperlink readable = robot.lookup(".graph-readable").queryAs(Hyperlink.class);
        assertThat(readable.isVisible()).isTrue();

        robot.clickOn(readable);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.graphModel().graph().nodes()).hasSizeLessThanOrEqualTo(40);
        assertThat(note(robot).getParent().isVisible()).isTrue();
    }

    @Test
    void aThresholdTheAnalystPicksIsKept(FxRobot robot) {
        robot.interact(() -> window.graphModel().minWeightProperty().set(3));
        assertThat(window.graphModel().readableProperty().get()).isFalse();
        assertThat(window.graphModel().minWeightProperty().get()).isEqualTo(3);
        assertThat(window.graphModel().graph().nodes()).hasSizeGreaterThan(40);
        assertThat(note(robot).getText()).endsWith("actors shown");
    }
}
