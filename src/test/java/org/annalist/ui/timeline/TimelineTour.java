package org.annalist.ui.timeline;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.annalist.timeline.LaneMode;
import org.annalist.ui.AnnalistApp;
import org.annalist.ui.MainWindow;

/**
 * Screenshots of the timeline and graph on a real corpus (run under xvfb-run): opens PATH through
 * the window's own load path, then saves the window after each step to OUT-*.png: as opened, the
 * overview dragged to one month, per-article lanes, the graph's focus view with a node selected.
 * Args: PATH OUT [month as 2011-03].
 */
public final class TimelineTour {

    private TimelineTour() {
    }

    public static void main(String[] args) {
        Path corpus = Path.of(args[0]);
        String out = args[1];
        LocalDate month = LocalDate.parse((args.length > 2 ? args[2] : "2011-03") + "-01");
        AnnalistApp.afterStart(w -> {
            long t0 = System.nanoTime();
            w.workspace().analysisProperty().addListener((o, was, a) -> {
                if (!a.articles().isEmpty()) {
                    System.out.printf("loaded %d articles, %d events in %.1f s%n", a.articles().size(),
                            a.events().size(), (System.nanoTime() - t0) / 1e9);
                    steps(w, out, month);
                }
            });
            w.workspace().open(List.of(corpus));
        });
        Application.launch(AnnalistApp.class);
    }

    private static void steps(MainWindow w, String out, LocalDate month) {
        List<Runnable> steps = new ArrayList<>();
        // the first pause can end before the window has drawn what it just received: wait twice
        steps.add(() -> w.timeline().redrawNow());
        steps.add(() -> shot(w, out + "-open.png"));
        steps.add(() -> w.timelineModel().showExactly(month.toEpochDay(), month.plusMonths(1).toEpochDay()));
        steps.add(() -> shot(w, out + "-month.png"));
        steps.add(() -> w.timelineModel().show(month.plusDays(18), month.plusDays(18)));
        steps.add(() -> shot(w, out + "-day.png"));
        steps.add(() -> {
            w.timelineModel().fit();
            w.timelineModel().laneModeProperty().set(LaneMode.ARTICLE);
        });
        steps.add(() -> shot(w, out + "-articles.png"));
        steps.add(() -> {
            w.timelineModel().laneModeProperty().set(LaneMode.ACTOR);
            w.graphModel().focusOnlyProperty().set(true);
            w.graphModel().minWeightProperty().set(3);
        });
        steps.add(() -> w.graphModel().pickNode("libya"));
        steps.add(() -> shot(w, out + "-focus.png"));
        steps.add(Platform::exit);
        run(steps, 0);
    }

    private static void run(List<Runnable> steps, int i) {
        if (i >= steps.size()) {
            return;
        }
        PauseTransition p = new PauseTransition(Duration.seconds(4));
        p.setOnFinished(e -> {
            steps.get(i).run();
            run(steps, i + 1);
        });
        p.play();
    }

    private static void shot(MainWindow w, String file) {
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(w.getScene().snapshot(null), null), "png", new File(file));
            System.out.println("saved " + file);
        } catch (java.io.IOException ex) {
            System.out.println("could not save " + file + ": " + ex.getMessage());
        }
    }
}
