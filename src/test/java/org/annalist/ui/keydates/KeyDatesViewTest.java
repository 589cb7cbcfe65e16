package org.annalist.ui.keydates;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.annalist.analysis.Analysis;
import org.annalist.analysis.Analyzer;
import org.annalist.corpus.CorpusReader;
import org.annalist.events.Event;
import org.annalist.keydates.KeyDate;
import org.annalist.keydates.SmallCorpus;
import org.annalist.task.Progress;
import org.annalist.ui.task.BackgroundTask;
import org.annalist.ui.workspace.WorkspaceViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The key-dates pane driven as a user would: reading the list, choosing a day, sliding the count, presenting. */
@ExtendWith(ApplicationExtension.class)
class KeyDatesViewTest {

    private static final LocalDate STRIKES = LocalDate.of(2011, 3, 19);

    private WorkspaceViewModel workspace;
    private KeyDatesView view;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("keydates-view");
        Analysis analysis = Analyzer.standard().analyze(new CorpusReader().read(List.of(SmallCorpus.write(dir)),
                Progress.NONE), Progress.NONE);
        workspace = new WorkspaceViewModel(Analyzer.standard(), BackgroundTask.sameThread());
        view = new KeyDatesView(new KeyDatesModel(workspace, Runnable::run, Runnable::run));
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(view, 420, 600));
        stage.show();
        workspace.setAnalysis(analysis);
    }

    @Test
    void theDayLaterArticlesRecallComesFirstWithItsSummary(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        KeyDate first = view.list().getItems().get(0);

        assertThat(first.date()).isEqualTo(STRIKES);
        assertThat(robot.lookup("Sat 19 Mar 2011  ·  5 articles").tryQuery()).isPresent();
        assertThat(robot.lookup(first.summary()).tryQuery()).isPresent();
    }

    @Test
    void choosingAKeyDateSelectsItsEvents(FxRobot robot) {
        robot.clickOn("Sat 19 Mar 2011  ·  5 articles");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(workspace.selection().event()).isNotNull();
        assertThat(workspace.selection().event().date().start()).isEqualTo(STRIKES);
        assertThat(workspace.selection().listed()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.date().start()).isEqualTo(STRIKES));
    }

    @Test
    void theSliderSetsHowManyDaysAreShown(FxRobot robot) {
        int all = view.model().allProperty().get().size();
        assertThat(view.list().getItems()).hasSize(Math.min(all, KeyDatesModel.DEFAULT_COUNT));

        robot.clickOn(view.slider()).type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.list().getItems()).hasSize(1);
        assertThat(robot.lookup("1 of " + all).tryQuery()).isPresent();
    }

    @Test
    void theSliderStaysFineEnoughToPickACountWhenHundredsOfDaysAreRanked(FxRobot robot) throws Exception {
        // 120 articles, each on its own day: far more ranked days than a key-date list shows
        Path dir = Files.createTempDirectory("keydates-many");
        StringBuilder lines = new StringBuilder();
        LocalDate day = LocalDate.of(2011, 1, 1);
        for (int i = 0; i < 120; i++, day = day.plusDays(2)) {
            lines.append(String.format("{\"title\": \"Talks %d\", \"published\": \"%s\", \"text\": \"France and Russia"
                    + " held talks in Paris on %s. France accused Russia of delays.\"}%n", i, day.plusDays(1), day));
        }
        Files.writeString(dir.resolve("many.jsonl"), lines);
        Analysis many = Analyzer.standard().analyze(new CorpusReader().read(List.of(dir), Progress.NONE), Progress.NONE);
        robot.interact(() -> workspace.setAnalysis(many));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.model().allProperty().get()).hasSizeGreaterThan(KeyDatesView.MOST_ON_SLIDER);
        assertThat(view.slider().getMax()).isEqualTo(KeyDatesView.MOST_ON_SLIDER);
        // the default count sits a visible step from the left end, not squeezed against it
        double usable = view.slider().getWidth();
        assertThat(usable * (KeyDatesModel.DEFAULT_COUNT - 1) / (view.slider().getMax() - 1)).isGreaterThan(40);
    }

    @Test
    void presentingStepsThroughTheShownKeyDatesOnly(FxRobot robot) {
        robot.clickOn("Present");
        WaitForAsyncUtils.waitForFxEvents();

        List<Event> slides = view.model().asEvents();
        assertThat(slides).hasSize(view.list().getItems().size());
        assertThat(slides).extracting(Event::summary)
                .containsExactlyElementsOf(view.list().getItems().stream().map(KeyDate::summary).toList());
        assertThat(Window.getWindows()).hasSizeGreaterThan(1);
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != view.getScene().getWindow()).toList()
                .forEach(Window::hide));
    }
}
