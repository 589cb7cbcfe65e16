package org.annalist.ui.project;

import javafx.scene.control.Label;
import org.annalist.ui.workspace.WorkspaceViewModel;
import org.kordamp.ikonli.javafx.FontIcon;

/** The analyst's note on the selected event, shown above its details; hidden when there is none. */
public final class EventNote extends Label {

    public EventNote(WorkspaceViewModel workspace, CorrectionSession session) {
        setGraphic(new FontIcon("mdomz-sticky_note_2"));
        setWrapText(true);
        getStyleClass().add("event-note");
        setMaxWidth(Double.MAX_VALUE);
        setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wrap a long note instead of cutting it
        Runnable update = () -> {
            var e = workspace.selection().event();
            String note = e == null ? null : session.notesProperty().get().get(e.id());
            setText(note == null ? "" : note);
            setVisible(note != null);
            setManaged(note != null);
        };
        workspace.selection().eventProperty().addListener(o -> update.run());
        session.notesProperty().addListener(o -> update.run());
        update.run();
    }
}
