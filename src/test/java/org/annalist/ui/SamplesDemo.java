package org.annalist.ui;

import java.time.LocalDate;
import java.util.Comparator;
import javafx.application.Application;
import javafx.application.Platform;
import org.annalist.events.Event;

/** Opens the samples and selects the best-attested event, as a user would before a screenshot. */
public final class SamplesDemo {

    private SamplesDemo() {
    }

    public static void main(String[] args) {
        AnnalistApp.afterStart(w -> w.workspace().analysisProperty().addListener((o, was, a) -> Platform.runLater(() -> {
            a.events().stream().filter(Event::isDated)
                    .max(Comparator.comparingInt((Event e) -> e.passages().size()).thenComparing(e -> e.actors().size()))
                    .ifPresent(e -> {
                        w.timelineModel().show(LocalDate.of(2016, 9, 25), LocalDate.of(2016, 10, 31));
                        w.workspace().select(e);
                    });
        })));
        Application.launch(AnnalistApp.class);
    }
}
