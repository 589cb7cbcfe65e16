package org.annalist.ui.details;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.annalist.events.DateBasis;
import org.annalist.events.Event;
import org.annalist.events.EventDate;
import org.annalist.events.EventType;
import org.annalist.events.Granularity;
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
 * An event dated only by its article's publication day (reported speech, basis published) reads
 * "reported on" that day in the event pane and the event table; one with its own date "happened on".
 */
@ExtendWith(ApplicationExtension.class)
class ReportedOnTest {

    private MainWindow window;
    private WorkspaceViewModel vm;

    @Start
    void start(Stage stage) {
        TestWindow shown = TestWindow.show(stage, 1366, 768);
        vm = shown.vm();
        window = shown.window();
        vm.setAnalysis(new HandMadeAnalysis()
                .add(LocalDate.of(2011, 3, 19), EventType.ASSAULT, "france", "libya", DateBasis.EXPLICIT)
                .add(LocalDate.of(2011, 3, 20), EventType.ACCUSE, "russia", "france", DateBasis.PUBLISHED)
                .build());
    }

    private Event event(EventType type) {
        return vm.shown().stream().filter(e -> e.type() == type).findFirst().orElseThrow();
    }

    /** The text beside "When" in the event pane. */
    private String when(FxRobot robot) {
        Label key = robot.lookup(".detail-key").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals("When")).findFirst().orElseThrow();
        return ((GridPane) key.getParent()).getChildren().stream()
                .filter(n -> n != key && GridPane.getRowIndex(n).equals(GridPane.getRowIndex(key)))
                .map(n -> ((Label) n).getText()).findFirst().orElseThrow();
    }

    @Test
    void theEventPaneSaysReportedOnForAnEventDatedByItsArticle(FxRobot robot) {
        robot.interact(() -> vm.select(event(EventType.ACCUSE)));
        assertThat(when(robot)).startsWith("reported on 2011-03-20").doesNotContain("happened");
        robot.interact(() -> vm.select(event(EventType.ASSAULT)));
        assertThat(when(robot)).startsWith("happened on 2011-03-19");
    }

    @SuppressWarnings("unchecked")
    @Test
    void theEventTableSaysReportedOnAndStillSortsByDate(FxRobot robot) {
        TableView<Event> table = robot.from(window.eventTable()).lookup(".table-view").queryAs(TableView.class);
        WaitForAsyncUtils.waitForFxEvents();
        TableColumn<Event, ?> column = table.getColumns().get(0);
        assertThat(column.getText()).isEqualTo("Date");
        List<String> cells = java.util.stream.IntStream.range(0, table.getItems().size())
                .mapToObj(i -> String.valueOf(column.getCellData(i))).toList();
        assertThat(cells).containsExactlyInAnyOrder("2011-03-19", "reported on 2011-03-20");
        robot.interact(() -> {
            column.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(column);
            table.sort();
        });
        assertThat(String.valueOf(column.getCellData(0))).isEqualTo("reported on 2011-03-20");
        assertThat(String.valueOf(column.getCellData(1))).isEqualTo("2011-03-19");
    }

    /**
     * A week, a month and a day of 2011 sort by when they start, not as strings ("2011-W10" sorted
     * after "2011-03-20" and after every month): start day first, then the finer date first, undated last.
     */
    @SuppressWarnings("unchecked")
    @Test
    void theDateColumnSortsByStartDayThenPrecisionWithUndatedLast(FxRobot robot) {
        LocalDate monday = LocalDate.of(2011, 3, 7);
        robot.interact(() -> vm.setAnalysis(new HandMadeAnalysis()
                .add(new EventDate("2011-W10", monday, monday.plusDays(6), Granularity.WEEK, DateBasis.EXPLICIT, ""),
                        EventType.ASSAULT, "france", "libya")
                .add(new EventDate("2011-03", LocalDate.of(2011, 3, 1), LocalDate.of(2011, 3, 31), Granularity.MONTH,
                        DateBasis.EXPLICIT, ""), EventType.ACCUSE, "russia", "france")
                .add((EventDate) null, EventType.ACCUSE, "libya", "france")
                .add(LocalDate.of(2011, 3, 20), EventType.ASSAULT, "france", "libya")
                .add(LocalDate.of(2011, 3, 7), EventType.ACCUSE, "russia", "libya", DateBasis.PUBLISHED)
                .add(new EventDate("2011-Q1", LocalDate.of(2011, 1, 1), LocalDate.of(2011, 3, 31), Granularity.QUARTER,
                        DateBasis.EXPLICIT, ""), EventType.ASSAULT, "france", "libya")
                .add(LocalDate.of(2011, 2, 20), EventType.ASSAULT, "france", "libya")
                .build()));
        TableView<Event> table = robot.from(window.eventTable()).lookup(".table-view").queryAs(TableView.class);
        TableColumn<Event, ?> column = table.getColumns().get(0);
        robot.interact(() -> {
            column.setSortType(TableColumn.SortType.ASCENDING);
            table.getSortOrder().setAll(column);
            table.sort();
        });
        // wide enough for a date at 1366x768 (the flexible layout squeezed the header to "D...")
        assertThat(column.getWidth()).isGreaterThanOrEqualTo(84);
        assertThat(table.getColumns().get(2).getText()).isEqualTo("Tone");
        assertThat(table.getColumns().get(2).getWidth()).isGreaterThanOrEqualTo(44);
        List<String> cells = java.util.stream.IntStream.range(0, table.getItems().size())
                .mapToObj(i -> String.valueOf(column.getCellData(i))).toList();
        assertThat(cells).containsExactly("2011-Q1", "2011-02-20", "2011-03", "reported on 2011-03-07", "2011-W10",
                "2011-03-20", "");
    }
}
