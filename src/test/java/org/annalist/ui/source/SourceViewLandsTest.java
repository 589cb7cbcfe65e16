package org.annalist.ui.source;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.annalist.analysis.Analysis;
import org.annalist.corpus.Article;
import org.annalist.corpus.Corpus;
import org.annalist.corpus.DateSource;
import org.annalist.corpus.PublicationDate;
import org.annalist.events.Event;
import org.annalist.task.Progress;
import org.annalist.ui.AnnalistApp;
import org.annalist.ui.MainWindow;
import org.annalist.ui.TestPipeline;
import org.annalist.ui.task.BackgroundTask;
import org.annalist.ui.workspace.WorkspaceViewModel;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a reader sees after selecting an event in a long article (about 20,000 words): the
 * passage's words lie inside the source pane's viewport and the yellow highlight covers exactly
 * them, for passages at the top, in the middle and at the end, at laptop and desktop sizes.
 */
@ExtendWith(ApplicationExtension.class)
class SourceViewLandsTest {

    private static final int PARAGRAPHS = 240;
    private static final String FILLER = "The committee met again to discuss the budget and the roads of the region, "
            + "and the members argued at length about the schedule of the works and the share of each town. ";

    private Stage stage;
    private MainWindow window;
    private WorkspaceViewModel vm;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = new WorkspaceViewModel(TestPipeline.analyzer(), BackgroundTask.sameThread());
        window = new MainWindow(vm, url -> { });
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(window, 1366, 768);
        scene.getStylesheets().add(AnnalistApp.class.getResource("annalist.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        vm.setAnalysis(TestPipeline.analyzer().analyze(new Corpus(List.of(longArticle()), List.of(), List.of()),
                Progress.NONE));
    }

    /** About 20,000 words in 240 paragraphs; events (sentences with "yesterday") at the top, middle and end. */
    static Article longArticle() {
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < PARAGRAPHS; p++) {
            text.append(FILLER.repeat(2));
            if (p == 0 || p == PARAGRAPHS / 2 || p == PARAGRAPHS - 1) {
                text.append("France met Russia yesterday in paragraph ").append(p).append(" to talk about the long ")
                        .append("border that both of them claim, in a meeting that lasted well into the night. ");
            }
            text.append(FILLER.repeat(2)).append("\n\n");
        }
        return new Article("long", java.nio.file.Path.of("long.txt"), "A long article", null, "Test Wire",
                new PublicationDate(LocalDate.of(2016, 10, 5), DateSource.METADATA, "test"), text.toString(), List.of());
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (int[] size : new int[][] {{1366, 768}, {1920, 1080}}) {
            for (String where : List.of("paragraph 0 ", "paragraph 120 ", "paragraph 239 ")) {
                out.add(Arguments.of(size[0], size[1], where));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{2}at {0}x{1}")
    @MethodSource("cases")
    void theSelectedPassageIsInViewAndExactlyHighlighted(int width, int height, String where, FxRobot robot)
            throws Exception {
        robot.interact(() -> {
            // at the screen's corner: a 1920-wide stage left where the 1366 one was centred reached past
            // the headless screen, and Monocle printed a BufferOverflowException for every frame
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Event e = vm.shown().stream().filter(x -> x.summary().contains(where)).findFirst().orElseThrow();
        robot.interact(() -> vm.select(e));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !passageRuns(robot).isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();

        Bounds viewport = robot.lookup(".source-scroll .viewport").query().localToScreen(
                robot.lookup(".source-scroll .viewport").query().getLayoutBounds());
        Bounds words = union(passageRuns(robot));
        assertThat(words.getHeight()).as("passage drawn").isGreaterThan(5);
        assertThat(contains(viewport, words, 1)).as("passage %s inside viewport %s", words, viewport).isTrue();

        Node highlight = robot.lookup(".passage-highlight").query();
        Bounds marked = highlight.localToScreen(highlight.getBoundsInLocal());
        assertThat(contains(marked, words, 3)).as("highlight %s covers the passage %s", marked, words).isTrue();
        // exactly its characters: the highlight reaches no further than the passage's lines
        assertThat(marked.getMinY()).isGreaterThan(words.getMinY() - 4);
        assertThat(marked.getMaxY()).isLessThan(words.getMaxY() + 4);
        assertThat(((Path) highlight).getElements()).isNotEmpty();
    }

    private static List<Node> passageRuns(FxRobot robot) {
        Set<Node> runs = robot.lookup(".source-text .in-passage").queryAll();
        return runs.stream().filter(n -> n instanceof Text t && !t.getText().isBlank()).toList();
    }

    private static Bounds union(List<Node> nodes) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (Node n : nodes) {
            Bounds b = n.localToScreen(n.getBoundsInLocal());
            minX = Math.min(minX, b.getMinX());
            minY = Math.min(minY, b.getMinY());
            maxX = Math.max(maxX, b.getMaxX());
            maxY = Math.max(maxY, b.getMaxY());
        }
        return new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    private static boolean contains(Bounds outer, Bounds inner, double slack) {
        return inner.getMinX() >= outer.getMinX() - slack && inner.getMaxX() <= outer.getMaxX() + slack
                && inner.getMinY() >= outer.getMinY() - slack && inner.getMaxY() <= outer.getMaxY() + slack;
    }
}
