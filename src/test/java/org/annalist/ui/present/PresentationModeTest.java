package org.annalist.ui.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.annalist.analysis.Analysis;
import org.annalist.export.SampleAnalysis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PresentationModeTest {

    private final Analysis analysis = SampleAnalysis.analysis();
    private Stage owner;
    private PresentationMode mode;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new javafx.scene.Scene(new Label("Annalist"), 400, 300));
        stage.show();
    }

    @AfterEach
    void closeIt(FxRobot robot) {
        if (mode != null) {
            robot.interact(mode::close);
        }
    }

    private void open(FxRobot robot) {
        robot.interact(() -> mode = PresentationMode.show(owner, analysis, analysis.events()));
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    @Test
    void startsOnTheSelectedEventAndHandsBackTheLastShown(FxRobot robot) {
        var dated = new PresentationModel(analysis.events()).events();
        java.util.List<org.annalist.events.Event> left = new java.util.ArrayList<>();
        robot.interact(() -> mode = PresentationMode.show(owner, analysis, analysis.events(), dated.get(2), false,
                left::add));
        assertThat(text(robot, "present-counter")).startsWith("3 / 4");
        robot.type(KeyCode.RIGHT);
        robot.interact(mode::close);
        mode = null;
        assertThat(left).containsExactly(dated.get(3));
    }

    @Test
    void arrowsPageKeysAndSpaceStepThroughDatedEventsInTimeOrder(FxRobot robot) {
        open(robot);
        assertThat(mode.stage().isFullScreen()).isTrue();
        assertThat(mode.stage().getWidth()).isEqualTo(javafx.stage.Screen.getPrimary().getBounds().getWidth());
        assertThat(text(robot, "present-counter")).isEqualTo("1 / 4");
        assertThat(text(robot, "present-date")).isEqualTo("September 2016");
        assertThat(text(robot, "present-summary")).isEqualTo("Russia accuses US");
        assertThat(text(robot, "present-actors")).isEqualTo("Russia  \u2192  United States   \u00b7   Accuse");
        assertThat(text(robot, "present-passage")).contains("backing rebels");
        assertThat(text(robot, "present-source")).contains("Moscow replies, 10 Oct 2016");

        robot.type(KeyCode.RIGHT);
        assertThat(text(robot, "present-date")).isEqualTo("Monday 3 October 2016");
        assertThat(text(robot, "present-source")).contains("Example News, UN vote on Aleppo, 5 Oct 2016");
        robot.type(KeyCode.PAGE_DOWN);
        robot.type(KeyCode.SPACE);
        assertThat(text(robot, "present-counter")).startsWith("4 / 4");
        assertThat(text(robot, "present-date")).isEqualTo("week of 10 October 2016  (planned)");
        robot.type(KeyCode.DOWN); // past the end: stays
        assertThat(text(robot, "present-counter")).startsWith("4 / 4");
        robot.type(KeyCode.PAGE_UP);
        robot.type(KeyCode.LEFT);
        assertThat(text(robot, "present-counter")).startsWith("2 / 4");
        robot.type(KeyCode.UP);
        assertThat(text(robot, "present-counter")).startsWith("1 / 4");
        robot.type(KeyCode.END);
        assertThat(mode.model().index()).isEqualTo(3);
    }

    @Test
    void revealHidesLaterEventsAndEscapeLeaves(FxRobot robot) {
        open(robot);
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.R);
        assertThat(mode.model().visible()).hasSize(2);
        assertThat(text(robot, "present-counter")).contains("reveal");
        robot.type(KeyCode.RIGHT);
        assertThat(mode.model().visible()).hasSize(3);
        robot.type(KeyCode.R);
        assertThat(mode.model().visible()).hasSize(4);

        robot.type(KeyCode.ESCAPE);
        assertThat(mode.stage().isShowing()).isFalse();
        assertThat(owner.isShowing()).isTrue();
    }

    @Test
    void playAdvancesOnItsOwnAndAManualStepPausesIt(FxRobot robot) throws Exception {
        open(robot);
        robot.type(KeyCode.PLUS);
        robot.type(KeyCode.PLUS);
        assertThat(mode.model().secondsPerStep()).isEqualTo(1.0);
        robot.type(KeyCode.P);
        assertThat(text(robot, "present-counter")).contains("playing 1 s");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> mode.model().index() >= 1);
        robot.type(KeyCode.LEFT);
        assertThat(mode.model().isPlaying()).isFalse();
    }

    @Test
    void screenshotOfASlide(FxRobot robot) throws Exception {
        open(robot);
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.R);
        var snap = new java.util.concurrent.atomic.AtomicReference<javafx.scene.image.WritableImage>();
        robot.interact(() -> snap.set(mode.stage().getScene().snapshot(null)));
        Path out = Path.of("target", "presentation-mode.png");
        Files.createDirectories(out.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(snap.get(), null), "png", out.toFile());
        assertThat(snap.get().getWidth()).isGreaterThan(600);
        // the slide is dark with bright type: most pixels black, some bright
        var reader = snap.get().getPixelReader();
        int bright = 0;
        for (int y = 0; y < snap.get().getHeight(); y += 4) {
            for (int x = 0; x < snap.get().getWidth(); x += 4) {
                if (reader.getColor(x, y).getBrightness() > 0.8) {
                    bright++;
                }
            }
        }
        assertThat(bright).isGreaterThan(50);
        assertThat(reader.getColor(2, 2).getBrightness()).isLessThan(0.1);
    }

    @Test
    void nothingDatedShowsAClearMessage(FxRobot robot) {
        robot.interact(() -> mode = PresentationMode.show(owner, analysis, analysis.events().subList(4, 5)));
        assertThat(text(robot, "present-date")).isEqualTo("No dated events to present");
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.P);
        assertThat(mode.model().isPlaying()).isFalse();
    }

    /**
     * On a 1080p projector the strip's dates and the counter are at least 28 px (they were 24), and
     * an article without a title (all of news-dev) is credited by its outlet and opening words, not
     * by the outlet alone and never by its file id.
     */
    @Test
    void atTenEightyTheStripAndCounterAreReadableAndAnUntitledArticleIsCreditedByItsOpeningWords(FxRobot robot) {
        Analysis untitled = new org.annalist.ui.timeline.HandMadeAnalysis().untitled()
                .add(java.time.LocalDate.of(2011, 3, 19), org.annalist.events.EventType.ASSAULT, "france", "libya")
                .add(java.time.LocalDate.of(2011, 3, 20), org.annalist.events.EventType.ACCUSE, "russia", "france")
                .build();
        robot.interact(() -> {
            mode = PresentationMode.show(owner, untitled, untitled.events(), null, false, e -> { });
            mode.stage().setX(0);
            mode.stage().setY(0);
            mode.stage().setWidth(1920);
            mode.stage().setHeight(1080);
        });
        WaitForAsyncUtils.waitForFxEvents();
        TimelineStrip strip = robot.lookup("#present-strip").queryAs(TimelineStrip.class);
        assertThat(strip.labelSize()).isGreaterThanOrEqualTo(28);
        assertThat(robot.lookup("#present-counter").queryAs(Label.class).getFont().getSize())
                .isGreaterThanOrEqualTo(28);
        assertThat(text(robot, "present-source")).contains("Test Wire, \u201cHand-made report")
                .doesNotContain("\u201c\u201c")
                .doesNotContain("hand.txt").doesNotStartWith("\u2014 hand");
    }
}
