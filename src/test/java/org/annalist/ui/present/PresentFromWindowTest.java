package org.annalist.ui.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.annalist.events.Event;
import org.annalist.events.EventType;
import org.annalist.ui.TestWindow;
import org.annalist.ui.timeline.HandMadeAnalysis;
import org.annalist.ui.workspace.WorkspaceViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * F5 in the window presents from the selected event; with an undated event (or nothing) selected
 * it starts where the timeline is, not on a stray early date (on news-dev it opened on 1776, slide
 * 1 of 9,400).
 */
@ExtendWith(ApplicationExtension.class)
class PresentFromWindowTest {

    private WorkspaceViewModel vm;

    @Start
    void start(Stage stage) {
        TestWindow shown = TestWindow.show(stage, 1366, 768);
        vm = shown.vm();
        HandMadeAnalysis a = new HandMadeAnalysis().add(LocalDate.of(1850, 7, 4), EventType.ACCUSE, "france", "russia");
        for (int i = 0; i < 25; i++) {
            a.add(LocalDate.of(2011, 3, 1 + i), EventType.ASSAULT, "france", "libya");
        }
        a.add((org.annalist.events.EventDate) null, EventType.CONSULT, "russia", "libya");
        vm.setAnalysis(a.build());
    }

    @AfterEach
    void closePresentation(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s
                && "Annalist presentation".equals(s.getTitle())).toList().forEach(Window::hide));
    }

    private String shownDate(FxRobot robot) {
        return robot.lookup("#present-date").queryAs(Label.class).getText();
    }

    @Test
    void withAnUndatedEventSelectedItStartsWhereTheTimelineIsNotOnTheStrayDate(FxRobot robot) {
        Event undated = vm.shown().stream().filter(e -> !e.isDated()).findFirst().orElseThrow();
        robot.interact(() -> vm.select(undated));
        assertThat(vm.visibleFromProperty().get()).isAfter(LocalDate.of(2000, 1, 1));
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownDate(robot)).endsWith("1 March 2011");
    }

    @Test
    void withADatedEventSelectedItStartsOnIt(FxRobot robot) {
        Event tenth = vm.shown().stream().filter(e -> e.isDated() && e.date().start().equals(LocalDate.of(2011, 3, 10)))
                .findFirst().orElseThrow();
        robot.interact(() -> vm.select(tenth));
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownDate(robot)).endsWith("10 March 2011");
    }
}
