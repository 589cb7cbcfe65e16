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
        System.out.printf("annalist: launch to samples shown: %.2f s%n", (System.nanoTime() - started) / 1e9);
        assertThat(stage.getTitle()).isEqualTo("Annalist");
        assertThat(stage.isShowing()).isTrue();
        assertThat(app.window().workspace().analysis().problems()).isEmpty();
        assertThat(robot.lookup(".counts").queryLabeled().getText()).contains("shown");
        robot.interact(() -> app.window().articles().listView().getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".source-title").queryLabeled().getText()).isNotEqualTo("No article selected");
    }
}
