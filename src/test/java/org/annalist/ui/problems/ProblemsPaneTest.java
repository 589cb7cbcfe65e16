package org.annalist.ui.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.annalist.ui.MainWindow;
import org.annalist.ui.TestWindow;
import org.annalist.ui.workspace.WorkspaceViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Problems tab lists, in the window, every file that could not be read, every file read with a
 * repair, every file skipped and every article without a publication date, each with its file name
 * and reason, as the user reads them in the list.
 */
@ExtendWith(ApplicationExtension.class)
class ProblemsPaneTest {

    @TempDir
    static Path dir;

    private MainWindow window;
    private WorkspaceViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        TestWindow shown = TestWindow.show(stage, 1366, 768);
        vm = shown.vm();
        window = shown.window();
        Files.writeString(dir.resolve("talks.txt"), "Talks in Paris\n\nFrance met Russia in Paris on Monday.\n");
        Files.writeString(dir.resolve("broken.json"), "{ \"title\": \"Half a file\", ");
        // UTF-8 (accents) with one stray byte: read, the byte replaced, and a note says so
        var utf8 = java.nio.charset.StandardCharsets.UTF_8;
        Files.write(dir.resolve("mangled.txt"), concat("Caf\u00e9 talks\n\nFrance met Russia at the caf\u00e9 ".getBytes(utf8),
                new byte[] {(byte) 0xff}, " in Paris, d\u00e9j\u00e0 vu.\n".getBytes(utf8)));
        Files.write(dir.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** What the Problems list shows, one string per line as the user reads it. */
    private List<String> shownLines(FxRobot robot) {
        return robot.lookup(".problems-view .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> !c.isEmpty() && c.getGraphic() != null)
                .map(c -> robot.from(c).lookup(".label").queryAllAs(Label.class).stream().map(Label::getText)
                        .reduce((a, b) -> a + " | " + b).orElse(""))
                .toList();
    }

    @Test
    void problemsAreListedInTheWindowWithFileNameAndReason(FxRobot robot) {
        robot.interact(() -> vm.open(List.of(dir)));
        WaitForAsyncUtils.waitForFxEvents();
        TabPane left = (TabPane) window.problems().getParent().getParent();
        Tab tab = left.getTabs().stream().filter(t -> t.getText().startsWith("Problems")).findFirst().orElseThrow();
        assertThat(tab.getText()).matches("Problems \\(\\d+\\)");
        robot.interact(() -> left.getSelectionModel().select(tab));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> lines = shownLines(robot);
        assertThat(lines).anyMatch(l -> l.startsWith("broken.json | Not read | "));
        assertThat(lines).anyMatch(l -> l.startsWith("mangled.txt | Read with a repair | "));
        assertThat(lines).anyMatch(l -> l.startsWith("photo.png | Skipped | not a supported file type"));
        assertThat(lines).anyMatch(l -> l.startsWith("talks.txt | No date | no publication date found"));
        assertThat(tab.getText()).isEqualTo("Problems (" + window.problems().getItems().size() + ")");
    }

    @Test
    void everyTabTitleIsShownWholeAt1366x768(FxRobot robot) {
        robot.interact(() -> vm.open(List.of(dir)));
        WaitForAsyncUtils.waitForFxEvents();
        // a tab header that does not fit is hidden and listed in an overflow menu instead
        List<javafx.scene.Node> headers = robot.lookup(".tab-header-area .tab").queryAll().stream().toList();
        assertThat(headers).extracting(h -> robot.from(h).lookup(".tab-label").queryAs(Label.class).getText())
                .contains("Articles", "Key dates", "Actor graph", "Event table")
                .anyMatch(t -> t.startsWith("Problems ("));
        assertThat(headers).allSatisfy(h -> {
            assertThat(h.isVisible()).isTrue();
            javafx.geometry.Bounds b = h.localToScene(h.getBoundsInLocal());
            javafx.scene.Node area = h.getParent().getParent();
            javafx.geometry.Bounds a = area.localToScene(area.getBoundsInLocal());
            assertThat(b.getMaxX()).isLessThanOrEqualTo(a.getMaxX() + 0.5);
        });
        assertThat(robot.lookup(".tab-header-area .control-buttons-tab").<javafx.scene.Node>queryAll())
                .allSatisfy(menu -> assertThat(menu.isVisible()).isFalse());
    }

    @Test
    void choosingADateProblemOpensItsArticle(FxRobot robot) {
        robot.interact(() -> vm.open(List.of(dir)));
        WaitForAsyncUtils.waitForFxEvents();
        Problem noDate = window.problems().getItems().stream().filter(p -> p.article() != null
                && p.file().equals("talks.txt")).findFirst().orElseThrow();
        robot.interact(() -> window.problems().getSelectionModel().select(noDate));
        assertThat(vm.selection().articleProperty().get().id()).isEqualTo("talks");
    }
}
