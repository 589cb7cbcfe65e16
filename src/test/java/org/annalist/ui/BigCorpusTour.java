package org.annalist.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TabPane;
import javafx.util.Duration;
import org.annalist.events.Event;
import org.annalist.ui.present.PresentationMode;

/**
 * For screenshots under Xvfb (with or without a window manager): opens PATH... through the window's
 * load path and, once the whole corpus is in, grabs the X screen (`import -window root`, so window
 * frames and the full-screen presentation show) after each step: OUT-open (best-attested event
 * selected), OUT-undated ("N undated" clicked), OUT-table (the event table sorted by date),
 * OUT-enlarged (the graph enlarged), OUT-present (presentation from the selected event).
 * Args: OUT PATH...
 */
public final class BigCorpusTour {

    private BigCorpusTour() {
    }

    public static void main(String[] args) {
        String out = args[0];
        List<Path> paths = java.util.Arrays.stream(args).skip(1).map(Path::of).toList();
        AnnalistApp.initialInputs(paths);
        long t0 = System.nanoTime();
        AnnalistApp.afterStart(w -> w.workspace().analysisProperty().addListener((o, was, a) -> {
            if (a.articles().isEmpty() || w.workspace().interimProperty().get()) {
                return;
            }
            System.out.printf("loaded %d articles, %d events in %.1f s%n", a.articles().size(), a.events().size(),
                    (System.nanoTime() - t0) / 1e9);
            Platform.runLater(() -> steps(w, out));
        }));
        Application.launch(AnnalistApp.class);
    }

    @SuppressWarnings("unchecked")
    private static void steps(MainWindow w, String out) {
        List<Runnable> steps = new ArrayList<>();
        PresentationMode[] shown = new PresentationMode[1];
        steps.add(() -> w.workspace().analysis().events().stream().filter(Event::isDated)
                .max(Comparator.comparingInt((Event e) -> e.passages().size()).thenComparing(e -> e.actors().size()))
                .ifPresent(e -> w.workspace().select(e)));
        steps.add(() -> shot(out + "-open.png"));
        steps.add(() -> ((Hyperlink) w.lookup(".undated-link")).fire());
        steps.add(() -> shot(out + "-undated.png"));
        steps.add(() -> {
            w.eventTable().undatedOnlyButton().setSelected(false);
            var table = w.eventTable().tableView();
            TableColumn<Event, ?> date = table.getColumns().get(0);
            date.setSortType(TableColumn.SortType.ASCENDING);
            table.getSortOrder().setAll(date);
            table.scrollTo(200);
        });
        steps.add(() -> shot(out + "-table.png"));
        steps.add(() -> {
            TabPane tabs = (TabPane) w.eventTable().getParent().getParent();
            tabs.getSelectionModel().select(0);
            w.graph().enlargedProperty().set(true);
        });
        steps.add(() -> shot(out + "-enlarged.png"));
        steps.add(() -> {
            w.graph().enlargedProperty().set(false);
            var ws = w.workspace();
            // as F5 does: an undated event is selected after the undated step, so it starts where the timeline is
            shown[0] = PresentationMode.show(w.getScene().getWindow(), ws.analysis(), ws.shown(),
                    org.annalist.ui.present.PresentationStart.of(ws.selection().event(), ws.shown(),
                            ws.visibleFromProperty().get()), true, ws::select);
        });
        steps.add(() -> shot(out + "-present.png"));
        steps.add(() -> shown[0].close());
        steps.add(Platform::exit);
        run(steps, 0);
    }

    private static void run(List<Runnable> steps, int i) {
        if (i >= steps.size()) {
            return;
        }
        PauseTransition p = new PauseTransition(Duration.seconds(5));
        p.setOnFinished(e -> {
            try {
                steps.get(i).run();
            } catch (RuntimeException ex) {
                System.out.println("step " + i + " failed: " + ex);
            }
            run(steps, i + 1);
        });
        p.play();
    }

    /** The whole X screen, as the user sees it. */
    private static void shot(String file) {
        try {
            new ProcessBuilder("import", "-window", "root", file).inheritIO().start().waitFor();
            System.out.println("saved " + file);
        } catch (java.io.IOException ex) {
            System.out.println("could not save " + file + ": " + ex.getMessage());
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
