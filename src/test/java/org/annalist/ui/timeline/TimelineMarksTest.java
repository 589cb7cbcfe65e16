package org.annalist.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.annalist.events.Event;
import org.annalist.events.EventType;
import org.annalist.render.Rgba;
import org.annalist.timeline.ColourMode;
import org.annalist.timeline.Mark;
import org.annalist.timeline.MarkLayout;
import org.annalist.timeline.TimelinePainter;
import org.annalist.ui.MainWindow;
import org.annalist.ui.TestWindow;
import org.annalist.ui.workspace.WorkspaceViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Problem 3 of issue 12: events never vanish. Seven events of one day in one lane are seven marks
 * in their type colours; crowds are bars coloured by the types inside, never overlapping, and a
 * click on one zooms into it.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineMarksTest {

    private static final LocalDate DAY = LocalDate.of(2011, 3, 19);
    private static final List<EventType> SEVEN = List.of(EventType.AGREE, EventType.ACCUSE, EventType.ASSAULT,
            EventType.AID, EventType.THREATEN, EventType.PROTEST, EventType.SANCTION);

    private MainWindow window;
    private WorkspaceViewModel vm;

    @Start
    void start(Stage stage) {
        TestWindow shown = TestWindow.show(stage, 1366, 768);
        vm = shown.vm();
        window = shown.window();
        HandMadeAnalysis a = new HandMadeAnalysis();
        SEVEN.forEach(t -> a.add(DAY, t, "france", "russia"));
        // a busy stretch: four weeks with five events a day of changing types
        for (int d = 0; d < 28; d++) {
            for (int k = 0; k < 5; k++) {
                a.add(DAY.plusDays(30 + d), EventType.values()[(d + k) % 16], "france", "turkey");
            }
        }
        vm.setAnalysis(a.build());
    }

    private List<Mark> franceMarks() {
        robotRedraw();
        int lane = window.timelineModel().index().lanes().stream().map(l -> l.key()).toList().indexOf("france");
        return window.timeline().drawnMarks().stream().filter(m -> m.lane() == lane).toList();
    }

    private void robotRedraw() {
        window.timeline().redrawNow();
    }

    private Color pixel(PixelReader r, double x, double y) {
        return r.getColor((int) Math.round(x), (int) Math.round(y));
    }

    private static boolean near(Color c, Rgba expected) {
        return Math.abs(c.getRed() * 255 - expected.red()) < 20 && Math.abs(c.getGreen() * 255 - expected.green()) < 20
                && Math.abs(c.getBlue() * 255 - expected.blue()) < 20;
    }

    @Test
    void sevenEventsOfOneDayInOneLaneAreSevenMarksInTheirTypeColours(FxRobot robot) {
        robot.interact(() -> window.timelineModel().show(DAY, DAY));
        WaitForAsyncUtils.waitForFxEvents();
        List<Mark>[] marks = new List[1];
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> {
            marks[0] = franceMarks().stream().filter(m -> !m.isCluster())
                    .filter(m -> window.timelineModel().index().event(m.event()).date().start().equals(DAY)).toList();
            shot[0] = window.timeline().snapshot(null, null);
        });
        assertThat(marks[0]).hasSize(7);
        for (int i = 1; i < 7; i++) {
            assertThat(marks[0].get(i).centre() - marks[0].get(i - 1).centre()).isGreaterThanOrEqualTo(10);
        }
        Set<EventType> seen = new HashSet<>();
        for (Mark m : marks[0]) {
            Event e = window.timelineModel().index().event(m.event());
            Color c = pixel(shot[0].getPixelReader(), m.centre(), m.y());
            assertThat(near(c, TimelinePainter.colour(e, ColourMode.TYPE)))
                    .as("%s mark drawn in its type colour, was %s", e.type(), c).isTrue();
            seen.add(e.type());
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(SEVEN);
    }

    @Test
    void crowdsAreBarsColouredByTheirTypesThatNeverOverlapAndZoomWhenClicked(FxRobot robot) {
        robot.interact(() -> window.timelineModel().fitAll());
        WaitForAsyncUtils.waitForFxEvents();
        List<Mark>[] marks = new List[1];
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> {
            marks[0] = franceMarks();
            shot[0] = window.timeline().snapshot(null, null);
        });
        List<Mark> crowds = marks[0].stream().filter(Mark::isCluster).toList();
        assertThat(crowds).isNotEmpty();
        for (int i = 1; i < marks[0].size(); i++) {
            assertThat(marks[0].get(i).x1()).as("mark %d starts after the previous one ends", i)
                    .isGreaterThanOrEqualTo(marks[0].get(i - 1).x2());
        }
        // the widest crowd shows several type colours, not one grey
        Mark widest = crowds.stream().max(java.util.Comparator.comparingDouble(m -> m.x2() - m.x1())).orElseThrow();
        Set<String> colours = new HashSet<>();
        Set<Rgba> typeColours = new HashSet<>();
        for (EventType t : EventType.values()) {
            typeColours.add(org.annalist.timeline.Palette.standard().type(t));
        }
        for (double x = widest.x1() + 1; x < widest.x2() - 1; x += 1) {
            Color c = pixel(shot[0].getPixelReader(), x, widest.y() + 5);
            typeColours.stream().filter(tc -> near(c, tc)).findFirst().ifPresent(tc -> colours.add(tc.toString()));
        }
        assertThat(colours).hasSizeGreaterThanOrEqualTo(3);

        List<Event> inside = MarkLayout.events(window.timelineModel().index(), widest);
        double before = window.timelineModel().scale().daysPerPixel();
        robot.clickOn(window.timeline().localToScreen(widest.centre(), widest.y()), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.timelineModel().scale().daysPerPixel()).isLessThan(before / 2);
        assertThat(vm.visibleFromProperty().get()).isBeforeOrEqualTo(inside.get(0).date().start());
        assertThat(vm.selection().listed()).containsExactlyInAnyOrderElementsOf(inside);
    }

    @Test
    void aStackedMarkFansOutUnderThePointerAndEachOfItsEventsCanBeSelected(FxRobot robot) {
        // five months across the window: the seven events of DAY in the France lane are one stacked mark
        robot.interact(() -> window.timelineModel().show(DAY.minusDays(60), DAY.plusDays(90)));
        WaitForAsyncUtils.waitForFxEvents();
        List<Mark>[] marks = new List[1];
        robot.interact(() -> marks[0] = franceMarks());
        Mark stack = marks[0].stream().filter(Mark::isCluster)
                .filter(m -> MarkLayout.events(window.timelineModel().index(), m).stream()
                        .allMatch(e -> e.date().start().equals(DAY)))
                .findFirst().orElseThrow();
        assertThat(stack.count()).isEqualTo(7);
        assertThat(window.timeline().fannedMarks()).isEmpty();

        robot.moveTo(window.timeline().localToScreen(stack.centre(), stack.y()));
        WaitForAsyncUtils.waitForFxEvents();
        List<Mark>[] fan = new List[1];
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> {
            robotRedraw();
            fan[0] = window.timeline().fannedMarks();
            shot[0] = window.timeline().snapshot(null, null);
        });
        assertThat(fan[0]).hasSize(7);
        Set<EventType> seen = new HashSet<>();
        for (int i = 0; i < 7; i++) {
            Mark dot = fan[0].get(i);
            if (i > 0) {
                assertThat(dot.x1()).isGreaterThan(fan[0].get(i - 1).x2());
            }
            Event e = window.timelineModel().index().event(dot.event());
            assertThat(near(pixel(shot[0].getPixelReader(), dot.centre(), dot.y()), TimelinePainter.colour(e, ColourMode.TYPE)))
                    .as("fanned %s dot in its type colour", e.type()).isTrue();
            // moving along the fan keeps it open, and a click selects exactly that event
            robot.clickOn(window.timeline().localToScreen(dot.centre(), dot.y()), MouseButton.PRIMARY);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(vm.selection().event()).as("click on fanned dot %d", i).isEqualTo(e);
            assertThat(window.timeline().fannedMarks()).hasSize(7);
            seen.add(e.type());
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(SEVEN);

        // leaving the fan folds it back into its stack
        robot.moveTo(window.timeline().localToScreen(stack.centre(), stack.y() + 60));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.timeline().fannedMarks()).isEmpty();
    }
}
