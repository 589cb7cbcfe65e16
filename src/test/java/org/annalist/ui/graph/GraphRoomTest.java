package org.annalist.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import javafx.stage.Stage;
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
 * At 1366x768 the actor graph shares the lower pane with the event table and the problems: it
 * opened about 190 px high, too short to read. It now opens with more room, and "Enlarge" gives it
 * most of the middle (the timeline keeps its axis and a few lanes) until pressed again.
 */
@ExtendWith(ApplicationExtension.class)
class GraphRoomTest {

    private static final List<String> ACTORS = List.of("france", "russia", "united-states", "united-nations",
            "turkey", "libya", "egypt", "china", "italy", "qatar");

    private MainWindow window;

    @Start
    void start(Stage stage) {
        TestWindow shown = TestWindow.show(stage, 1366, 768);
        window = shown.window();
        HandMadeAnalysis a = new HandMadeAnalysis();
        for (int i = 0; i < ACTORS.size(); i++) {
            for (int k = 0; k < 3; k++) {
                a.add(LocalDate.of(2011, 3, 1 + k + i), EventType.ACCUSE, ACTORS.get(i),
                        ACTORS.get((i + 1 + k) % ACTORS.size()));
            }
        }
        shown.vm().setAnalysis(a.build());
    }

    @Test
    void atLaptopSizeTheGraphOpensTallEnoughAndEnlargeGivesItMostOfTheMiddle(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        double opened = window.graph().getHeight();
        double timeline = window.timeline().getHeight();
        System.out.printf("graph %.0f px high, timeline %.0f px at 1366x768%n", opened, timeline);
        assertThat(opened).isGreaterThanOrEqualTo(215);
        assertThat(timeline).isGreaterThanOrEqualTo(180);

        robot.clickOn(".graph-enlarge");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.graph().getHeight()).isGreaterThanOrEqualTo(360);
        assertThat(window.timeline().getHeight()).isGreaterThanOrEqualTo(120);
        assertThat(window.graph().drawnLabels()).containsKeys("france", "russia", "united-states",
                "united-nations", "turkey");

        robot.clickOn(".graph-enlarge");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.graph().getHeight()).isCloseTo(opened, org.assertj.core.data.Offset.offset(2.0));
    }
}
