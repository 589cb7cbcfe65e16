package org.annalist.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.annalist.actors.UserCatalog;
import org.annalist.analysis.Analysis;
import org.annalist.analysis.Analyzer;
import org.annalist.ui.task.BackgroundTask;
import org.annalist.ui.workspace.WorkspaceViewModel;

/** The Annalist window. */
public final class AnnalistApp extends Application {

    private static volatile List<Path> inputs = List.of(Path.of("samples"));
    private static volatile Supplier<Analysis> preset;
    private static volatile java.util.function.Consumer<MainWindow> afterStart = w -> { };
    private MainWindow window;

    static void initialInputs(List<Path> paths) {
        inputs = List.copyOf(paths);
    }

    /** Opens on a ready analysis instead of reading inputs (demos, benchmarks, tests). */
    public static void presetAnalysis(Supplier<Analysis> analysis) {
        preset = analysis;
    }

    /** Runs once the window shows (demos and screenshots pick a selection here). */
    public static void afterStart(java.util.function.Consumer<MainWindow> action) {
        afterStart = action;
    }

    @Override
    public void start(Stage stage) {
        String catalogProblem = null;
        Analyzer analyzer;
        try {
            // the user's catalog (~/.annalist/actors.json or --catalog) reaches the window as it does the CLI
            analyzer = UserCatalog.locate().isPresent() ? Analyzer.forCatalog(UserCatalog.load()) : AnalyzerWarmUp.take();
        } catch (IllegalArgumentException e) {
            analyzer = Analyzer.standard();
            catalogProblem = e.getMessage() + "; using the built-in catalog";
            System.err.println("annalist: " + catalogProblem);
        }
        BackgroundTask tasks = BackgroundTask.standard();
        // a new load never silently cancels a running one: the user is asked first
        tasks.setConfirmCancel(running -> {
            javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                    "\"" + running + "\" is still running. Cancel it and start the new work?");
            a.setHeaderText("Cancel the running work?");
            return a.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK).isPresent();
        });
        WorkspaceViewModel workspace = new WorkspaceViewModel(analyzer, tasks);
        window = new MainWindow(workspace, url -> getHostServices().showDocument(url));
        Rectangle2D first = WindowLayout.firstBounds(Screen.getPrimary().getVisualBounds());
        Scene scene = new Scene(window, first.getWidth(), first.getHeight());
        scene.getStylesheets().add(AnnalistApp.class.getResource("annalist.css").toExternalForm());
        applyTheme(window, workspace.darkProperty().get());
        workspace.darkProperty().addListener((o, was, dark) -> applyTheme(window, dark));
        stage.setTitle("Annalist");
        stage.setScene(scene);
        // a fraction of the screen, centred, or the size and dividers of the last run
        WindowLayout.standard().apply(stage, window.splitPanes());
        stage.show();
        FirstFrameReporter.install();
        LoadedReporter.install(workspace);
        Supplier<Analysis> p = preset;
        if (p != null) {
            workspace.setAnalysis(p.get());
        } else {
            workspace.open(inputs);
        }
        window.project().attach(stage);
        if (catalogProblem != null) {
            workspace.report(catalogProblem);
        }
        afterStart.accept(window);
    }

    private static void applyTheme(MainWindow window, boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        window.getStyleClass().remove("dark");
        if (dark) {
            window.getStyleClass().add("dark");
        }
    }

    /** The window's content, for tests. */
    public MainWindow window() {
        return window;
    }
}
