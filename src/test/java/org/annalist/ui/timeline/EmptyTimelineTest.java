package org.annalist.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.annalist.events.EventType;
import org.annalist.ui.TestWindow;
import org.annalist.ui.task.BackgroundTask;
import org.annalist.ui.workspace.WorkspaceViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An empty timeline says why it is empty. It used to say "Open articles (Ctrl+O)" while 1,000
 * articles were being read, and the same when every act was filtered out.
 */
@ExtendWith(ApplicationExtension.class)
class EmptyTimelineTest {

    /** Background work the test runs by hand, so the load can be looked at while it is still going. */
    private final List<Runnable> work = new ArrayList<>();
    private WorkspaceViewModel vm;

    @Start
    void start(Stage stage) {
        vm = TestWindow.show(stage, 1366, 768, new BackgroundTask(work::add, Platform::runLater)).vm();
    }

    private static Label placeholder(FxRobot robot) {
        return robot.lookup("#timeline-placeholder").queryAs(Label.class);
    }

    @Test
    void theTimelineSaysWhetherItIsLoadingEmptyOrFilteredOut(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(placeholder(robot).isVisible()).isTrue();
        assertThat(placeholder(robot).getText()).startsWith("No articles open");

        robot.interact(() -> vm.open(List.of(Path.of("samples"))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(placeholder(robot).isVisible()).isTrue();
        assertThat(placeholder(robot).getText()).startsWith("Reading and analysing articles");
        assertThat(placeholder(robot).getBoundsInParent().getWidth()).isGreaterThan(300);

        work.remove(0).run(); // the load finishes; its result reaches the window on the FX thread
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.shown()).isNotEmpty();
        assertThat(placeholder(robot).isVisible()).isFalse();

        robot.interact(() -> vm.filter().hiddenTypes().addAll(Set.of(EventType.values())));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(placeholder(robot).isVisible()).isTrue();
        assertThat(placeholder(robot).getText()).startsWith("No dated events in the chosen actors, types and dates");
    }
}
