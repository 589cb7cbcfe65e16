package org.annalist.ui.keydates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.geometry.Point2D;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.annalist.analysis.Analysis;
import org.annalist.analysis.Analyzer;
import org.annalist.analysis.GraphEdge;
import org.annalist.corpus.CorpusReader;
import org.annalist.events.Event;
import org.annalist.keydates.KeyDate;
import org.annalist.keydates.SmallCorpus;
import org.annalist.render.Rgba;
import org.annalist.task.Progress;
import org.annalist.ui.MainWindow;
import org.annalist.ui.TestWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The key-date layer on the main timeline and the graph limited to key dates, as a user sees them. */
@ExtendWith(ApplicationExtension.class)
class KeyDateLayerTest {

    private static final LocalDate STRIKES = LocalDate.of(2011, 3, 19);
    /** The row just above the lanes, where each key day's bar sits on the axis line. */
    private static final int BAR_ROW = 30;

    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("keydates-layer");
        // one more day whose actors meet, though no later article recalls it
        Path other = dir.resolve("other.jsonl");
        Files.writeString(other, "{\"published\": \"2011-04-02\", \"outlet\": \"cnn\", \"text\": "
                + "\"Egyptian police arrested dozens of protesters in Cairo on Saturday. "
                + "The United States condemned Egypt's police on Saturday.\"}\n");
        Analysis analysis = Analyzer.standard().analyze(new CorpusReader().read(List.of(SmallCorpus.write(dir), other),
                Progress.NONE), Progress.NONE);
        TestWindow shown = TestWindow.show(stage, 1366, 768);
        window = shown.window();
        shown.vm().setAnalysis(analysis);
    }

    private void ranked(FxRobot robot) throws Exception {
        // the window ranks off the FX thread, as after opening articles
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.keyDates().list().getItems().isEmpty());
        robot.clickOn("Key dates");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void eachShownKeyDayIsABandOnTheTimelineUnderItsMarks(FxRobot robot) throws Exception {
        ranked(robot);
        robot.interact(() -> window.timelineModel().show(STRIKES.minusDays(3), STRIKES.plusDays(3)));
        robot.clickOn(window.keyDates().slider()).type(KeyCode.HOME); // one key date: the strikes
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.keyDates().list().getItems()).extracting(KeyDate::date).containsExactly(STRIKES);

        List<double[]> bands = amberRuns(robot);
        assertThat(bands).hasSize(1);
        Event strike = window.workspace().analysis().events().stream()
                .filter(e -> e.isDated() && e.date().start().equals(STRIKES)).findFirst().orElseThrow();
        Point2D[] mark = new Point2D[1];
        robot.interact(() -> {
            window.timeline().redrawNow();
            mark[0] = window.timeline().drawnMarks().stream()
                    .filter(m -> !m.isCluster() && window.timelineModel().index().event(m.event()).date().start().equals(STRIKES))
                    .findFirst().map(m -> new Point2D(m.centre(), m.y())).orElseThrow();
        });
        assertThat(mark[0].getX()).isBetween(bands.get(0)[0], bands.get(0)[1]);
        assertThat(strike).isNotNull();
    }

    @Test
    void theLayerFollowsTheSliderAndCanBeSwitchedOff(FxRobot robot) throws Exception {
        ranked(robot);
        robot.interact(() -> window.timelineModel().show(STRIKES.minusDays(4), STRIKES.plusDays(36)));
        WaitForAsyncUtils.waitForFxEvents();
        int many = amberRuns(robot).size();
        assertThat(many).isGreaterThan(1);

        robot.clickOn(window.keyDates().slider()).type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(amberRuns(robot)).hasSize(1);

        robot.clickOn("Mark on timeline");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(amberRuns(robot)).isEmpty();
        assertThat(window.keyDates().layer().shownProperty().get()).isFalse();
    }

    @Test
    void theGraphCanBeLimitedToTheKeyDatesEvents(FxRobot robot) throws Exception {
        ranked(robot);
        robot.interact(() -> window.timelineModel().fitAll());
        robot.clickOn(window.keyDates().slider()).type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        int before = actorEvents();
        assertThat(graphEventDays()).contains(STRIKES.toString()).hasSizeGreaterThan(1);

        robot.clickOn("Graph: key dates only");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.graphModel().graph().edges()).isNotEmpty();
        assertThat(graphEventDays()).containsExactly(STRIKES.toString());
        assertThat(actorEvents()).as("the other days' events left the graph").isLessThan(before);

        robot.clickOn("Graph: key dates only");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(actorEvents()).isEqualTo(before);
    }

    /** The events the graph's actor nodes stand for, added up (what sizes the nodes). */
    private int actorEvents() {
        return window.graphModel().graph().nodes().stream().mapToInt(n -> n.events()).sum();
    }

    /** The days of the events behind the graph's edges. */
    private Set<String> graphEventDays() {
        Analysis a = window.workspace().analysis();
        return window.graphModel().graph().edges().stream().map(GraphEdge::events).flatMap(List::stream)
                .map(id -> a.event(id).orElseThrow()).filter(Event::isDated)
                .map(e -> e.date().start().toString()).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** Left and right x of each run of key-date amber along the bar row of the timeline as drawn. */
    private List<double[]> amberRuns(FxRobot robot) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> {
            window.timeline().redrawNow();
            shot[0] = window.timeline().snapshot(null, null);
        });
        PixelReader px = shot[0].getPixelReader();
        List<double[]> runs = new ArrayList<>();
        int start = -1;
        for (int x = 0; x < (int) shot[0].getWidth(); x++) {
            boolean amber = near(px.getColor(x, BAR_ROW), KeyDateBands.COLOUR);
            if (amber && start < 0) {
                start = x;
            } else if (!amber && start >= 0) {
                runs.add(new double[] {start, x});
                start = -1;
            }
        }
        return runs;
    }

    private static boolean near(Color c, Rgba want) {
        return Math.abs(c.getRed() * 255 - want.red()) < 30 && Math.abs(c.getGreen() * 255 - want.green()) < 30
                && Math.abs(c.getBlue() * 255 - want.blue()) < 30;
    }
}
