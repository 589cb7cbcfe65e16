package org.annalist.ui.project;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.annalist.events.Event;
import org.annalist.ui.AnnalistApp;
import org.annalist.ui.MainWindow;
import org.annalist.ui.TestPipeline;
import org.annalist.ui.task.BackgroundTask;
import org.annalist.ui.workspace.WorkspaceViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Edits made like a user: keyboard shortcut, the real dialog, typing; every view follows. */
@ExtendWith(ApplicationExtension.class)
class EditInWindowTest {

    @TempDir
    static java.nio.file.Path dir;
    private WorkspaceViewModel vm;
    private ProjectController project;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = new WorkspaceViewModel(TestPipeline.analyzer(), BackgroundTask.sameThread());
        window = new MainWindow(vm, url -> { });
        project = window.project().controller();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(window, 1366, 768);
        scene.getStylesheets().add(AnnalistApp.class.getResource("annalist.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        vm.setAnalysis(TestPipeline.analysis());
    }

    private Event shelling() {
        return vm.analysis().events().stream().filter(e -> e.summary().contains("shelling")).findFirst().orElseThrow();
    }

    private String when(FxRobot robot) {
        return robot.lookup(".detail-key").queryAll().stream().map(n -> (Label) n)
                .filter(l -> l.getText().equals("When")).findFirst()
                .map(l -> ((javafx.scene.layout.GridPane) l.getParent()).getChildren()
                        .get(((javafx.scene.layout.GridPane) l.getParent()).getChildren().indexOf(l) + 1))
                .map(n -> ((Label) n).getText()).orElse("");
    }

    @Test
    void changingADateInTheDialogMovesTheEventAndUndoPutsItBack(FxRobot robot) {
        robot.interact(() -> vm.select(shelling()));
        assertThat(when(robot)).startsWith("happened on 2016-10-11 (day, relative)");
        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.D).release(KeyCode.D, KeyCode.ALT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#date-field").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("2016-W40");
        assertThat(robot.lookup(".dialog-pane .label").queryAll()).anyMatch(n -> n instanceof Label l
                && l.getText().startsWith("Mon 3 Oct 2016 to Sun 9 Oct 2016 (week)"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(shelling().date().value()).isEqualTo("2016-W40");
        assertThat(when(robot)).startsWith("happened between 2016-10-03 and 2016-10-09 (week, user)");
        assertThat(vm.selection().event()).isEqualTo(shelling());
        assertThat(project.titleProperty().get()).isEqualTo("Annalist — untitled *");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shelling().date().value()).isEqualTo("2016-10-11");
        assertThat(when(robot)).startsWith("happened on 2016-10-11 (day, relative)");
        assertThat(project.titleProperty().get()).isEqualTo("Annalist");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shelling().date().value()).isEqualTo("2016-W40");
    }

    @Test
    void aNoteTypedInTheDialogShowsWithTheEvent(FxRobot robot) {
        robot.interact(() -> vm.select(shelling()));
        assertThat(robot.lookup(".event-note").queryLabeled().isVisible()).isFalse();
        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.N).release(KeyCode.N, KeyCode.ALT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#note-area").write("Shelling of what? Ask the desk.");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        Label note = (Label) robot.lookup(".event-note").queryLabeled();
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).isEqualTo("Shelling of what? Ask the desk.");
        robot.interact(() -> vm.select(null));
        assertThat(note.isVisible()).isFalse();
    }

    @Test
    void editItemsAreDisabledWithoutASelection(FxRobot robot) {
        robot.interact(() -> vm.select(null));
        robot.press(KeyCode.CONTROL, KeyCode.DELETE).release(KeyCode.DELETE, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.analysis().events()).hasSize(3);
        robot.interact(() -> vm.select(shelling()));
        robot.press(KeyCode.CONTROL, KeyCode.DELETE).release(KeyCode.DELETE, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.analysis().events()).hasSize(2).noneMatch(e -> e.summary().contains("shelling"));
        assertThat(vm.shown()).hasSize(2);
    }

    @Test
    void aCorruptProjectFileIsExplainedInADialogAndNothingChanges(FxRobot robot) throws java.io.IOException {
        var shown = vm.analysis();
        java.nio.file.Path bad = java.nio.file.Files.writeString(dir.resolve("notes.annalist.json"), "{ not json");
        robot.interact(() -> javafx.application.Platform.runLater(() -> project.open(bad)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryAll()).anyMatch(n -> n instanceof Label l
                && l.getText().startsWith("notes.annalist.json is damaged: not valid JSON"));
        robot.clickOn("OK");
        assertThat(vm.analysis()).isSameAs(shown);
        assertThat(project.titleProperty().get()).isEqualTo("Annalist");
    }

    @Test
    void mergingPicksTheOtherEventFromAFilteredList(FxRobot robot) {
        robot.interact(() -> vm.select(shelling()));
        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.M).release(KeyCode.M, KeyCode.ALT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(".dialog-pane .text-field").write("paris");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<Event> list = robot.lookup(".dialog-pane .list-view").queryAs(javafx.scene.control.ListView.class);
        assertThat(list.getItems()).singleElement().extracting(Event::summary).asString().contains("France met Russia");
        robot.interact(() -> list.getSelectionModel().select(0));
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.analysis().events()).hasSize(2);
        assertThat(shelling().passages()).extracting(p -> p.articleId()).containsExactly("a2", "a1");
        assertThat(shelling().actors()).contains("france", "russia", "turkey");
        assertThat(robot.lookup(".passage-link").queryAll()).hasSize(2);
    }

    @Test
    void theWindowsMenusNameTheEditToUndo(FxRobot robot) {
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        assertThat(bar.getMenus()).extracting(javafx.scene.control.Menu::getText).startsWith("_File", "_Edit");
        assertThat(bar.getMenus().get(0).getItems()).extracting(javafx.scene.control.MenuItem::getText)
                .contains("New project", "Open project…", "Save project", "Save project as…");
        javafx.scene.control.MenuItem undo = bar.getMenus().get(1).getItems().get(0);
        assertThat(undo.isDisable()).isTrue();
        robot.interact(() -> vm.select(shelling()));
        robot.press(KeyCode.CONTROL, KeyCode.DELETE).release(KeyCode.DELETE, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(undo.isDisable()).isFalse();
        assertThat(undo.getText()).isEqualTo("Undo delete 'Russia accused Turkey yesterday of shelling.'");
    }

    @Test
    void settingAPublicationDateIsAnEditThatUndoes(FxRobot robot) {
        Event undated = vm.analysis().events().stream().filter(e -> e.summary().contains("border")).findFirst().orElseThrow();
        assertThat(undated.isDated()).isFalse();
        robot.interact(() -> {
            window.articles().listView().getSelectionModel().select(vm.analysis().article("a3").orElseThrow());
            window.articles().datePicker().setValue(java.time.LocalDate.of(2016, 10, 20));
        });
        robot.clickOn("Set date");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.analysis().event(undated.id()).orElseThrow().date().start()).isEqualTo(java.time.LocalDate.of(2016, 10, 19));
        assertThat(project.session().undoTextProperty().get()).startsWith("Undo set publication date of 'Undated'");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.analysis().event(undated.id()).orElseThrow().isDated()).isFalse();
    }

    @Test
    void theEventDetailsHaveTheEditsInAContextMenu(FxRobot robot) {
        robot.interact(() -> vm.select(shelling()));
        javafx.scene.Node summary = robot.lookup(".event-summary").query();
        javafx.geometry.Point2D at = summary.localToScreen(5, 5);
        // what a right click or the menu key sends
        robot.interact(() -> javafx.event.Event.fireEvent(summary, new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 5, 5, at.getX(), at.getY(), true, null)));
        robot.clickOn("Delete event");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.analysis().events()).noneMatch(e -> e.summary().contains("shelling"));
    }

    @Test
    void anEditKeepsTheTimelinesZoom(FxRobot robot) {
        robot.interact(() -> {
            window.timelineModel().zoomIn();
            window.timelineModel().zoomIn();
        });
        robot.interact(() -> vm.select(shelling()));
        var zoomed = window.timelineModel().scale();
        robot.press(KeyCode.CONTROL, KeyCode.DELETE).release(KeyCode.DELETE, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.analysis().events()).hasSize(2);
        assertThat(window.timelineModel().scale().daysPerPixel()).isEqualTo(zoomed.daysPerPixel());
        assertThat(window.timelineModel().scale().startDay()).isEqualTo(zoomed.startDay());
    }
}
