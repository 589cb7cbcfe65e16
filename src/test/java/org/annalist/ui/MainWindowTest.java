package org.annalist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.annalist.analysis.GraphEdge;
import org.annalist.events.Event;
import org.annalist.ui.workspace.WorkspaceViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The linked views, driven like a user would: clicks, keys, typing. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private TestWindow shown;
    private MainWindow window;
    private WorkspaceViewModel vm;

    @Start
    void start(Stage stage) {
        shown = TestWindow.show(stage, 1366, 768);
        vm = shown.vm();
        window = shown.window();
        vm.setAnalysis(TestPipeline.analysis());
    }

    private Event event(String articleId) {
        return shown.shownFrom(articleId);
    }

    private Point2D onScreen(javafx.scene.Node node, Point2D local) {
        return node.localToScreen(local);
    }

    @Test
    void clickingAnEventShowsItsPassageHighlightedInTheSource(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Event e = event("a2");
        Point2D p = window.timeline().markPosition(e.id()).orElseThrow();
        robot.clickOn(onScreen(window.timeline(), p), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.selection().event()).isEqualTo(e);
        assertThat(window.source().highlightedText()).isEqualTo("Russia accused Turkey yesterday of shelling.");
        assertThat(window.source().passageDrawn()).isTrue();
        assertThat(robot.lookup(".event-summary").queryLabeled().getText()).contains("shelling");
    }

    @Test
    void clickingAGraphEdgeListsItsEvents(FxRobot robot) {
        robot.interact(() -> {
            window.graphModel().layout().settle(3000);
            window.graph().redraw();
        });
        GraphEdge edge = window.graphModel().graph().edges().stream()
                .filter(x -> x.source().equals("russia") && x.target().equals("turkey")).findFirst().orElseThrow();
        Point2D p = window.graph().edgeClickPoint(edge).orElseThrow();
        robot.clickOn(onScreen(window.graph(), p), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.details().listView().getItems()).extracting(Event::id).containsExactlyElementsOf(edge.events());
        assertThat(window.details().listView().isVisible()).isTrue();
    }

    @Test
    void anActorFilterHidesItsLaneAndGraphNode(FxRobot robot) {
        assertThat(window.timeline().showsLane("France")).isTrue();
        assertThat(window.graph().nodePosition("france")).isPresent();
        robot.interact(() -> window.filters().actorsBox().choices().stream().filter(c -> c.value().equals("france")).findFirst().orElseThrow().checkedProperty().set(false));
        assertThat(window.timeline().showsLane("France")).isFalse();
        assertThat(window.graph().nodePosition("france")).isEmpty();
        assertThat(robot.lookup(".counts").queryLabeled().getText()).contains("hidden").doesNotContain(" 0 hidden");
    }

    @Test
    void searchHighlightsInEveryView(FxRobot robot) {
        robot.clickOn(window.filters().searchField()).write("shelling");
        WaitForAsyncUtils.waitForFxEvents();
        Event e = event("a2");
        assertThat(vm.matchesProperty().get()).containsExactly(e.id());
        assertThat(window.graphModel().highlightedNodes()).containsExactlyInAnyOrder("russia", "turkey");
        robot.interact(() -> vm.select(e));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.source().matchCount()).isEqualTo(1);
    }

    @Test
    void wheelAndKeysZoomTheVisibleRange(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        double before = days();
        robot.moveTo(window.timeline());
        robot.scroll(3, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        double afterWheel = days();
        // the robot's wheel direction and step differ between platforms; the range must change
        assertThat(Math.abs(afterWheel - before)).isGreaterThan(before * 0.005);
        robot.clickOn(window.timeline()).type(KeyCode.HOME);
        double fitted = days();
        robot.type(KeyCode.EQUALS);
        assertThat(days()).isLessThan(fitted);
        robot.type(KeyCode.MINUS).type(KeyCode.MINUS);
        assertThat(days()).isGreaterThan(fitted);
    }

    /** Days across the visible range (the view-model publishes whole days; this is exact). */
    private double days() {
        var s = window.timelineModel().scale();
        return s.endDay() - s.startDay();
    }

    @Test
    void settingAnArticlesPublicationDateMovesItsEvents(FxRobot robot) throws Exception {
        Event undated = event("a3");
        assertThat(undated.isDated()).isFalse();
        assertThat(window.timeline().markPosition(undated.id())).isEmpty();
        robot.interact(() -> window.articles().listView().getSelectionModel().select(
                vm.analysis().article("a3").orElseThrow()));
        robot.interact(() -> window.articles().datePicker().setValue(LocalDate.of(2016, 10, 20)));
        robot.clickOn(window.articles().applyButton());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> event("a3").isDated());
        robot.interact(() -> window.timelineModel().fitAll());
        WaitForAsyncUtils.waitForFxEvents();
        Event moved = event("a3");
        assertThat(moved.date().start()).isEqualTo(LocalDate.of(2016, 10, 19));
        assertThat(window.timeline().markPosition(moved.id())).isPresent();
    }

    @Test
    void laneAndColourTogglesAreReachableFromTheKeyboard(FxRobot robot) {
        robot.clickOn(window.timeline());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(window.timelineModel().laneModeProperty().get()).isEqualTo(org.annalist.timeline.LaneMode.ARTICLE);
        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        assertThat(window.timelineModel().colourModeProperty().get()).isEqualTo(org.annalist.timeline.ColourMode.TONE);
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(vm.selection().event()).isNotNull();
    }
}
