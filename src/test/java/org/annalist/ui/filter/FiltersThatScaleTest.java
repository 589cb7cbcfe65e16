package org.annalist.ui.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.annalist.actors.Actor;
import org.annalist.actors.ActorCatalog;
import org.annalist.events.EventType;
import org.annalist.timeline.Palette;
import org.annalist.ui.MainWindow;
import org.annalist.ui.TestWindow;
import org.annalist.ui.timeline.HandMadeAnalysis;
import org.annalist.ui.workspace.WorkspaceViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The actor filter with 170 actors, as the Libya corpus has: the list is searchable, *Focus only*,
 * *None* and *All* work in one click, and each entry shows how many events are shown with it; the
 * type filter shows each type in its timeline colour. Asserted on the cells the user sees.
 */
@ExtendWith(ApplicationExtension.class)
class FiltersThatScaleTest {

    private MainWindow window;
    private WorkspaceViewModel vm;
    private List<String> ids;

    @Start
    void start(Stage stage) {
        TestWindow shown = TestWindow.show(stage, 1366, 768);
        vm = shown.vm();
        window = shown.window();
        ActorCatalog catalog = ActorCatalog.standard();
        ids = catalog.actors().stream().map(Actor::id).limit(170).toList();
        HandMadeAnalysis a = new HandMadeAnalysis();
        LocalDate day = LocalDate.of(2011, 3, 1);
        // actor i takes part in (i % 7) + 1 events with its neighbour, so counts differ and sort
        for (int i = 0; i < ids.size(); i++) {
            for (int k = 0; k <= i % 7; k++) {
                a.add(day.plusDays(k), k % 2 == 0 ? EventType.ACCUSE : EventType.CONSULT, ids.get(i),
                        ids.get((i + 1) % ids.size()));
            }
        }
        List<String> focus = catalog.focusIds();
        for (int i = 0; i < focus.size(); i++) {
            a.add(day, EventType.ASSAULT, focus.get(i), focus.get((i + 1) % focus.size()));
        }
        vm.setAnalysis(a.build());
    }

    @BeforeEach
    void open(FxRobot robot) {
        robot.clickOn(window.filters().actorsBox());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<CheckBox> visibleRows(FxRobot robot) {
        return robot.lookup(".checklist .check-box").queryAllAs(CheckBox.class).stream()
                .filter(CheckBox::isVisible).filter(b -> b.getParent().getParent() instanceof javafx.scene.control.ListCell<?> c
                        && !c.isEmpty()).toList();
    }

    @Test
    void typingInTheSearchFieldNarrowsTheList(FxRobot robot) {
        ChecklistButton<String> actors = window.filters().actorsBox();
        assertThat(actors.popup().isShowing()).isTrue();
        assertThat(actors.listView().getItems()).hasSizeGreaterThanOrEqualTo(170);
        robot.clickOn(actors.searchField()).write("fra");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> names = visibleRows(robot).stream().map(CheckBox::getText).toList();
        assertThat(names).isNotEmpty().allMatch(n -> n.toLowerCase().contains("fra"));
        assertThat(names).anyMatch(n -> n.startsWith("France"));
        assertThat(actors.listView().getItems()).hasSizeLessThan(10);
    }

    @Test
    void focusOnlyLeavesTheFiveFocusActorsChecked(FxRobot robot) {
        ChecklistButton<String> actors = window.filters().actorsBox();
        robot.clickOn(actors.focusOnlyButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(actors.choices().stream().filter(Choice::isChecked).map(Choice::value))
                .containsExactlyInAnyOrderElementsOf(ActorCatalog.standard().focusIds());
        assertThat(actors.getText()).isEqualTo("Actors 5/" + actors.choices().size());
        // what is shown follows: every shown event is among focus actors only
        assertThat(vm.shown()).isNotEmpty().allMatch(e -> ActorCatalog.standard().focusIds().containsAll(e.actors()));
        List<CheckBox> rows = visibleRows(robot);
        assertThat(rows.subList(0, 5)).allMatch(CheckBox::isSelected);
        assertThat(rows.subList(5, rows.size())).noneMatch(CheckBox::isSelected);
        robot.clickOn(actors.noneButton());
        assertThat(vm.shown()).isEmpty();
        robot.clickOn(actors.allButton());
        assertThat(vm.shown()).hasSize(vm.analysis().events().size());
    }

    @Test
    void theCountsShownMatchTheEventsShownAndSortTheList(FxRobot robot) {
        // hide one type: counts follow what is shown
        robot.interact(() -> vm.filter().hiddenTypes().add(EventType.CONSULT));
        WaitForAsyncUtils.waitForFxEvents();
        for (var cell : robot.lookup(".checklist .list-cell").queryAllAs(javafx.scene.control.ListCell.class)) {
            if (cell.isEmpty() || !cell.isVisible()) {
                continue;
            }
            CheckBox box = (CheckBox) robot.from(cell).lookup(".check-box").query();
            Label count = robot.from(cell).lookup(".choice-count").queryAs(Label.class);
            String name = box.getText().replace(" \u2605", "");
            String id = window.filters().actorsBox().choices().stream().filter(c -> c.label().equals(name))
                    .findFirst().orElseThrow().value();
            long shown = vm.shown().stream().filter(e -> e.actors().contains(id)).count();
            assertThat(count.getText()).as(name).isEqualTo(String.valueOf(shown));
        }
        List<Choice<String>> listed = window.filters().actorsBox().listView().getItems();
        List<Integer> totals = listed.stream().filter(c -> !c.focus()).map(Choice::total).toList();
        assertThat(totals).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void typeEntriesShowTheirTimelineColour(FxRobot robot) {
        robot.clickOn(window.filters().typesBox());
        WaitForAsyncUtils.waitForFxEvents();
        var boxes = robot.lookup(".checklist .check-box").queryAllAs(CheckBox.class).stream()
                .filter(b -> b.getText() != null && b.getText().equals(EventType.ACCUSE.label())).toList();
        assertThat(boxes).isNotEmpty();
        Rectangle swatch = (Rectangle) boxes.get(0).getGraphic();
        var c = Palette.standard().type(EventType.ACCUSE);
        assertThat((Color) swatch.getFill()).isEqualTo(Color.rgb(c.red(), c.green(), c.blue(), c.alpha()));
    }
}
