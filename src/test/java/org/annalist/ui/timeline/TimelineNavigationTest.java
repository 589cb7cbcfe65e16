package org.annalist.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.annalist.analysis.Analysis;
import org.annalist.corpus.Article;
import org.annalist.corpus.Corpus;
import org.annalist.corpus.DateSource;
import org.annalist.corpus.PublicationDate;
import org.annalist.events.Event;
import org.annalist.task.Progress;
import org.annalist.ui.MainWindow;
import org.annalist.ui.TestWindow;
import org.annalist.ui.TestPipeline;
import org.annalist.ui.workspace.WorkspaceViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Problem 2 of issue 12: a corpus whose events are in 2011 but with one stray 1850 date opens on
 * 2011, lists the stray apart, and can be navigated by the overview strip and typed dates.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineNavigationTest {

    private static final LocalDate FIRST = LocalDate.of(2011, 2, 1);
    private static final int DAYS = 120;

    private MainWindow window;
    private WorkspaceViewModel vm;

    @Start
    void start(Stage stage) {
        TestWindow shown = TestWindow.show(stage, 1366, 768);
        vm = shown.vm();
        window = shown.window();
        vm.setAnalysis(corpusWithOneStrayDate());
    }

    /** One article a day for four months of 2011, each with one dated event, and one from 1850. */
    static Analysis corpusWithOneStrayDate() {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < DAYS; i++) {
            articles.add(article("d" + i, FIRST.plusDays(i + 1), "France met Russia yesterday in Paris. "));
        }
        articles.add(article("old", LocalDate.of(1850, 6, 2), "Russia warned Turkey yesterday about the straits. "));
        return TestPipeline.analyzer().analyze(new Corpus(articles, List.of(), List.of()), Progress.NONE);
    }

    private static Article article(String id, LocalDate published, String text) {
        return new Article(id, Path.of(id + ".txt"), "Report " + id, null, "Test Wire",
                new PublicationDate(published, DateSource.METADATA, "from the test"), text, List.of());
    }

    private Event stray() {
        return vm.shown().stream().filter(e -> e.date().start().getYear() == 1850).findFirst().orElseThrow();
    }

    @Test
    void aCorpusWithOneStrayDateOpensOnTheBulkAndListsTheStrayApart(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        LocalDate from = vm.visibleFromProperty().get();
        LocalDate to = vm.visibleToProperty().get();
        assertThat(from).isAfter(FIRST.minusDays(30)).isBeforeOrEqualTo(FIRST);
        assertThat(to).isAfterOrEqualTo(FIRST.plusDays(DAYS - 1)).isBefore(FIRST.plusDays(DAYS + 30));
        // the bulk spreads over the plot instead of being crushed into its right edge
        double plot = window.timelineModel().scale().width();
        assertThat(window.timelineModel().scale().x(FIRST.plusDays(DAYS).toEpochDay())
                - window.timelineModel().scale().x(FIRST.toEpochDay())).isGreaterThan(plot * 0.8);

        Button badge = robot.lookup(".outside-before").queryButton();
        assertThat(badge.isVisible()).isTrue();
        assertThat(badge.getText()).contains("1");
        robot.clickOn(badge);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.selection().listed()).containsExactly(stray());

        robot.clickOn(window.timeline());
        robot.type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.visibleFromProperty().get()).isBeforeOrEqualTo(LocalDate.of(1850, 6, 1));
        assertThat(vm.visibleToProperty().get()).isAfterOrEqualTo(FIRST.plusDays(DAYS - 1));
    }

    @Test
    void draggingAcrossTheOverviewShowsExactlyTheDraggedSpan(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        OverviewStrip strip = robot.lookup(".timeline-overview").queryAs(OverviewStrip.class);
        LocalDate dragFrom = LocalDate.of(2011, 3, 1);
        LocalDate dragTo = LocalDate.of(2011, 4, 1);
        double y = strip.getHeight() / 2;
        Point2D a = strip.localToScreen(strip.xOf(dragFrom.toEpochDay()), y);
        Point2D b = strip.localToScreen(strip.xOf(dragTo.toEpochDay()), y);
        // start outside the current window: open the view wide first, so the press is on the strip's empty part
        robot.interact(() -> window.timelineModel().showExactly(LocalDate.of(2011, 5, 10).toEpochDay(),
                LocalDate.of(2011, 5, 20).toEpochDay()));
        robot.drag(a, MouseButton.PRIMARY).moveTo(b).drop();
        WaitForAsyncUtils.waitForFxEvents();
        // one pixel of the strip is about half a day here
        assertThat(vm.visibleFromProperty().get()).isBetween(dragFrom.minusDays(1), dragFrom.plusDays(1));
        assertThat(vm.visibleToProperty().get()).isBetween(dragTo.minusDays(2), dragTo.plusDays(1));
        assertThat(window.filters().dateRange().fromField().getText())
                .isEqualTo(vm.visibleFromProperty().get().toString());
    }

    @Test
    void typedDatesMoveTheTimelineAndZoomingRewritesThem(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        var fields = window.filters().dateRange();
        robot.clickOn(fields.fromField());
        robot.interact(fields.fromField()::selectAll);
        robot.write("2011-03-05");
        robot.clickOn(fields.toField());
        robot.interact(fields.toField()::selectAll);
        robot.write("2011-03").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.visibleFromProperty().get()).isEqualTo(LocalDate.of(2011, 3, 5));
        assertThat(vm.visibleToProperty().get()).isEqualTo(LocalDate.of(2011, 3, 31));
        assertThat(fields.toField().getText()).isEqualTo("2011-03-31");

        robot.clickOn(window.timeline());
        robot.type(KeyCode.PLUS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(LocalDate.parse(fields.fromField().getText())).isAfter(LocalDate.of(2011, 3, 5));
        assertThat(LocalDate.parse(fields.toField().getText())).isBefore(LocalDate.of(2011, 3, 31));
    }
}
