package org.annalist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Point2D;
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

/** Every pane shows the same selection, counts say dated and undated apart, the event table follows. */
@ExtendWith(ApplicationExtension.class)
class OneSelectionTest {

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

    private String shownSummary(FxRobot robot) {
        return robot.lookup(".event-summary").queryLabeled().getText();
    }

    @Test
    void clickingAGraphEdgeShowsOneOfItsEventsInTheDetails(FxRobot robot) {
        robot.interact(() -> vm.select(event("a1")));
        assertThat(shownSummary(robot)).contains("France met Russia");
        robot.interact(() -> {
            window.graphModel().layout().settle(3000);
            window.graph().redraw();
        });
        GraphEdge edge = window.graphModel().graph().edges().stream()
                .filter(x -> x.source().equals("russia") && x.target().equals("turkey")).findFirst().orElseThrow();
        robot.clickOn(window.graph().localToScreen(window.graph().edgeClickPoint(edge).orElseThrow()), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownSummary(robot)).contains("shelling");
        assertThat(window.source().highlightedText()).contains("shelling");
    }

    @Test
    void clickingAnArticleShowsItsEventInTheEventPane(FxRobot robot) {
        robot.interact(() -> vm.select(event("a2")));
        robot.clickOn(robot.lookup(".list-cell").lookup((javafx.scene.control.ListCell<?> c) -> c.getItem() instanceof org.annalist.corpus.Article a
                && a.id().equals("a1")).queryAs(javafx.scene.control.ListCell.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.selection().articleProperty().get().id()).isEqualTo("a1");
        assertThat(shownSummary(robot)).contains("France met Russia");
        assertThat(window.eventTable().tableView().getSelectionModel().getSelectedItem()).isEqualTo(event("a1"));
    }

    @Test
    void countsSayDatedAndUndatedApartAndUndatedEventsCanBeListed(FxRobot robot) {
        assertThat(robot.lookup(".counts").queryLabeled().getText()).startsWith("2 dated shown");
        assertThat(window.filters().undatedLink().getText()).isEqualTo("1 undated");
        robot.clickOn(window.filters().undatedLink());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.eventTable().tableView().getItems()).containsExactly(event("a3"));
        assertThat(window.eventTable().tableView().isVisible()).isTrue();
        assertThat(shownSummary(robot)).contains("Turkey warned France");
    }

    @Test
    void theEventTableAndTheSelectionFollowEachOther(FxRobot robot) {
        var table = window.eventTable().tableView();
        assertThat(table.getItems()).hasSize(3);
        robot.interact(() -> vm.select(event("a2")));
        assertThat(table.getSelectionModel().getSelectedItem()).isEqualTo(event("a2"));
        robot.interact(() -> table.getSelectionModel().select(event("a1")));
        assertThat(vm.selection().event()).isEqualTo(event("a1"));
        assertThat(shownSummary(robot)).contains("France met Russia");
        robot.interact(() -> window.filters().actorsBox().choices().stream().filter(c -> c.value().equals("france")).findFirst().orElseThrow().checkedProperty().set(false));
        assertThat(table.getItems()).extracting(Event::summary).noneMatch(s -> s.contains("France"));
    }
}
