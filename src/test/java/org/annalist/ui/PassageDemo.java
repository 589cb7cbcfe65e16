package org.annalist.ui;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import javafx.application.Application;
import javafx.application.Platform;
import org.annalist.events.Event;

/**
 * Opens the inputs given and selects the event whose passage lies deepest in the longest article,
 * as a user would to check that the source view reaches the end (screenshots).
 */
public final class PassageDemo {

    private PassageDemo() {
    }

    public static void main(String[] args) {
        AnnalistApp.initialInputs(Arrays.stream(args).map(Path::of).toList());
        AnnalistApp.afterStart(w -> w.workspace().analysisProperty().addListener((o, was, a) -> Platform.runLater(() ->
                a.events().stream().filter(Event::isDated).max(Comparator.comparingInt((Event e) ->
                        a.article(e.passages().get(0).articleId()).map(x -> x.text().length()).orElse(0) / 2000)
                        .thenComparingInt(e -> e.passages().get(0).span().start()))
                        .ifPresent(e -> {
                            w.timelineModel().show(e.date().start().minusDays(20), e.date().end().plusDays(20));
                            w.workspace().select(e);
                            System.out.println("demo-selected " + e.id() + " in " + e.passages().get(0).articleId()
                                    + " at " + e.passages().get(0).span().start());
                        }))));
        Application.launch(AnnalistApp.class);
    }
}
