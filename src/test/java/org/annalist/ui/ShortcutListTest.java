package org.annalist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.Stage;
import org.annalist.ui.task.BackgroundTask;
import org.annalist.ui.workspace.WorkspaceViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ShortcutListTest {

    @Start
    void start(Stage stage) {
        WorkspaceViewModel vm = new WorkspaceViewModel(TestPipeline.analyzer(), BackgroundTask.sameThread());
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(new MainWindow(vm, url -> { }), 1366, 768));
        stage.show();
    }

    @Test
    void theShortcutsDialogListsWhatTheMenusAndThePresentationReallyDo(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        String text = ShortcutList.describe(bar);
        String ctrl = new KeyCodeCombination(KeyCode.E, KeyCodeCombination.SHORTCUT_DOWN).getDisplayText().replace("E", "");

        assertThat(text).contains("F5  File > Present").contains(ctrl + "E  File > Export")
                .contains(ctrl + "Q  File > Quit").contains(ctrl + "]  Go > Next event")
                .contains(ctrl + "[  Go > Previous event")
                .contains("Esc  leave").contains("Page Down").doesNotContain("CLOSE_BRACKET")
                .doesNotContain("OPEN_BRACKET");
    }

    @Test
    void keyCodeNamesBecomeRealKeys() {
        assertThat(ShortcutList.keys("Shortcut+CLOSE_BRACKET"))
                .isEqualTo(new KeyCodeCombination(KeyCode.CLOSE_BRACKET, KeyCodeCombination.SHORTCUT_DOWN));
        assertThat(ShortcutList.keys("Shortcut+Shift+O"))
                .isEqualTo(new KeyCodeCombination(KeyCode.O, KeyCodeCombination.SHORTCUT_DOWN, KeyCodeCombination.SHIFT_DOWN));
    }
}
