package org.annalist.ui.project;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import org.annalist.events.Event;
import org.annalist.project.Edits;
import org.annalist.ui.workspace.WorkspaceViewModel;

/**
 * The analyst's edits of the selected event: date, type, actors, merge, delete, note. Each asks
 * what it needs through {@link EditPrompts}, becomes one undoable {@link org.annalist.project.Edit}
 * and is laid over the analysis by the {@link CorrectionSession}, so every view shows it.
 */
public final class EventActions {

    private final WorkspaceViewModel workspace;
    private final CorrectionSession session;
    private final EditPrompts prompts;
    private final BooleanBinding noSelection;

    public EventActions(WorkspaceViewModel workspace, CorrectionSession session, EditPrompts prompts) {
        this.workspace = workspace;
        this.session = session;
        this.prompts = prompts;
        noSelection = Bindings.isNull(workspace.selection().eventProperty());
    }

    /** True while no event is selected: the edit menu items are disabled. */
    public BooleanBinding noSelectionProperty() {
        return noSelection;
    }

    public void changeDate() {
        Event e = selected();
        if (e != null) {
            prompts.date(e).ifPresent(d -> session.perform(Edits.date(e, d)));
        }
    }

    public void changeType() {
        Event e = selected();
        if (e != null) {
            prompts.type(e).filter(t -> t != e.type()).ifPresent(t -> session.perform(Edits.type(e, t)));
        }
    }

    public void changeActors() {
        Event e = selected();
        if (e != null) {
            prompts.actors(e, workspace.analysis())
                    .filter(a -> !a.source().equals(e.source()) || !a.target().equals(e.target()))
                    .ifPresent(a -> session.perform(Edits.actors(e, a.source(), a.target())));
        }
    }

    /** Merges another event into the selected one; the events listed together (graph edge, cluster) come first. */
    public void mergeWith() {
        Event e = selected();
        if (e != null) {
            prompts.mergeWith(e, mergeCandidates(e)).filter(o -> !o.id().equals(e.id()))
                    .ifPresent(o -> session.perform(Edits.merge(e, o)));
        }
    }

    public void delete() {
        Event e = selected();
        if (e != null) {
            session.perform(Edits.delete(e));
        }
    }

    public void note() {
        Event e = selected();
        if (e != null) {
            String current = noteOf(e);
            prompts.note(e, current).filter(t -> !t.strip().equals(current))
                    .ifPresent(t -> session.perform(Edits.note(e, t.strip())));
        }
    }

    /** The analyst's note on {@code e}, or "". */
    public String noteOf(Event e) {
        return e == null ? "" : session.notesProperty().get().getOrDefault(e.id(), "");
    }

    List<Event> mergeCandidates(Event e) {
        List<Event> listed = workspace.selection().listed().stream().filter(o -> !o.id().equals(e.id())).toList();
        LocalDate at = e.isDated() ? e.date().start() : null;
        Comparator<Event> nearest = Comparator.comparingLong(o -> o.isDated() && at != null
                ? Math.abs(o.date().start().toEpochDay() - at.toEpochDay()) : Long.MAX_VALUE);
        List<Event> others = workspace.shown().stream().filter(o -> !o.id().equals(e.id()) && !listed.contains(o))
                .sorted(nearest).toList();
        return java.util.stream.Stream.concat(listed.stream(), others.stream()).toList();
    }

    private Event selected() {
        return workspace.selection().event();
    }
}
