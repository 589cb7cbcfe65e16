package org.annalist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real app, as launched: it opens on samples/ and lists them. */
@ExtendWith(ApplicationExtension.class)
class AppSmokeTest {

    private Stage stage;
    private AnnalistApp app;
    private long started;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        started = System.nanoTime();
        System.setProperty("annalist.layout", "fresh"); // the test must not change the user's remembered layout
        app = new AnnalistApp();
        app.start(stage);
    }

    @Test
    void opensOnTheSamplesAndListsThem(FxRobot robot) throws Exception {
        long samples;
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            samples = files.filter(p -> p.toString().endsWith(".txt")).count();
        }
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> app.window().articles().listView().getItems().size() == samples);
        WaitForAsyncUtils.waitForFxEvents(); // the list fills before the counts: read both once the FX thread is done
        System.out.printf("annalist: launch to samples shown: %.2f s%n", (System.nanoTime() - started) / 1e9);
        assertThat(stage.getTitle()).isEqualTo("Annalist");
        assertThat(stage.isShowing()).isTrue();
        assertThat(app.window().workspace().analysis().problems()).isEmpty();
        assertThat(robot.lookup(".counts").queryLabeled().getText()).contains("shown");
        robot.interact(() -> app.window().articles().listView().getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".source-title").queryLabeled().getText()).isNotEqualTo("No article selected");
    }

    @Test
    void clickingASampleEventOnTheTimelineHighlightsItsPassage(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> !app.window().workspace().analysis().articles().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        MainWindow w = app.window();
        // the best-attested dated event, shown in a week around it so that it is drawn on its own
        org.annalist.events.Event e = w.workspace().shown().stream().filter(org.annalist.events.Event::isDated)
                .max(java.util.Comparator.comparingInt(x -> x.passages().size())).orElseThrow();
        robot.interact(() -> w.timelineModel().show(e.date().start().minusDays(1), e.date().start().plusDays(1)));
        WaitForAsyncUtils.waitForFxEvents();
        var at = w.timeline().markPosition(e.id());
        org.junit.jupiter.api.Assumptions.assumeTrue(at.isPresent(), "event drawn inside a count");
        robot.clickOn(w.timeline().localToScreen(at.get()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w.workspace().selection().event()).isNotNull();
        var p = w.workspace().selection().passageProperty().get();
        assertThat(w.source().highlightedText()).isEqualTo(p.text());
    }
}
