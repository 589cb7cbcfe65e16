package org.annalist.ui;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.util.Duration;
import org.annalist.events.Event;

/**
 * For screenshots under xvfb-run: opens PATH, selects the best-attested dated event and, after the
 * load, shows what STEP names: "event" (nothing more), "actors" (the actor filter's list, "lib"
 * typed), "types" (the type filter), "problems" (the Problems tab). Args: PATH STEP.
 */
public final class UiTourDemo {

    private UiTourDemo() {
    }

    public static void main(String[] args) {
        AnnalistApp.initialInputs(List.of(Path.of(args[0])));
        String step = args.length > 1 ? args[1] : "event";
        AnnalistApp.afterStart(w -> w.workspace().analysisProperty().addListener((o, was, a) -> {
            if (a.articles().isEmpty()) {
                return;
            }
            Platform.runLater(() -> {
                a.events().stream().filter(Event::isDated)
                        .max(Comparator.comparingInt((Event e) -> e.passages().size()).thenComparing(e -> e.actors().size()))
                        .ifPresent(e -> w.workspace().select(e));
                PauseTransition later = new PauseTransition(Duration.seconds(1.5));
                later.setOnFinished(x -> show(w, step));
                later.play();
            });
        }));
        Application.launch(AnnalistApp.class);
    }

    private static void show(MainWindow w, String step) {
        switch (step) {
            case "actors" -> {
                w.filters().actorsBox().show();
                w.filters().actorsBox().searchField().setText(System.getProperty("tour.search", ""));
            }
            case "types" -> w.filters().typesBox().show();
            case "problems" -> {
                var tabs = (javafx.scene.control.TabPane) w.problems().getParent().getParent();
                tabs.getTabs().stream().filter(t -> t.getText().startsWith("Problems")).findFirst()
                        .ifPresent(t -> tabs.getSelectionModel().select(t));
            }
            default -> { }
        }
    }
}
