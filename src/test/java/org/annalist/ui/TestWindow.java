package org.annalist.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.annalist.events.Event;
import org.annalist.ui.task.BackgroundTask;
import org.annalist.ui.workspace.WorkspaceViewModel;

/**
 * The main window as the TestFX classes show it: the app's theme and stylesheet, a scene of the
 * given size, background work on the calling thread.
 */
public record TestWindow(WorkspaceViewModel vm, MainWindow window) {

    public static TestWindow show(Stage stage, int width, int height) {
        return show(stage, width, height, BackgroundTask.sameThread());
    }

    /** The same with background work run by {@code tasks} (a test that looks at a load still going). */
    public static TestWindow show(Stage stage, int width, int height, BackgroundTask tasks) {
        WorkspaceViewModel vm = new WorkspaceViewModel(TestPipeline.analyzer(), tasks);
        MainWindow window = new MainWindow(vm, url -> { });
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(window, width, height);
        scene.getStylesheets().add(AnnalistApp.class.getResource("annalist.css").toExternalForm());
        stage.setScene(scene);
        // TestFX reuses one stage across test classes: take this scene's size, not a size an earlier test set
        stage.sizeToScene();
        // at the screen's corner, so a large window stays inside Monocle's headless screen (a stage
        // reaching past it makes Monocle print a BufferOverflowException for every frame)
        stage.setX(0);
        stage.setY(0);
        stage.show();
        return new TestWindow(vm, window);
    }

    /** The first shown event whose first passage comes from {@code articleId}. */
    public Event shownFrom(String articleId) {
        return vm.shown().stream().filter(e -> e.passages().get(0).articleId().equals(articleId)).findFirst()
                .orElseThrow();
    }
}
