package org.annalist.ui.project;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.MenuBar;
import org.annalist.events.Event;
import org.annalist.project.Edits;
import org.annalist.ui.AnnalistApp;

/** Opens the window on the samples, makes two corrections and opens the Edit menu (screenshots). */
public final class ProjectDemo {

    private ProjectDemo() {
    }

    public static void main(String[] args) {
        AnnalistApp.afterStart(w -> w.workspace().analysisProperty().addListener((o, was, a) -> {
            if (a.events().isEmpty() || w.project().controller().session().canUndoProperty().get()) {
                return;
            }
            Platform.runLater(() -> {
                Event e = a.events().stream().filter(Event::isDated)
                        .max(java.util.Comparator.comparingInt(x -> x.passages().size())).orElseThrow();
                var session = w.project().controller().session();
                session.perform(Edits.note(e, "Check the date against the AFP wire: the Reuters copy says Saturday."));
                session.perform(Edits.date(e, DateInput.parse(e.date().start().getYear() + "-W"
                        + String.format("%02d", e.date().start().get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR)))
                        .orElseThrow()));
                w.workspace().select(w.workspace().analysis().event(e.id()).orElseThrow());
                MenuBar bar = (MenuBar) w.lookup(".menu-bar");
                bar.getMenus().get(1).show();
            });
        }));
        Application.launch(AnnalistApp.class);
    }
}
