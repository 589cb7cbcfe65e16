package org.annalist.ui.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.annalist.analysis.Analysis;
import org.annalist.analysis.Analyzer;
import org.annalist.corpus.Article;
import org.annalist.events.Event;
import org.annalist.project.CorrectionApplier;
import org.annalist.project.Corrections;
import org.annalist.project.Edit;
import org.annalist.project.EditHistory;
import org.annalist.project.Edits;
import org.annalist.project.PublicationDateFix;
import org.annalist.ui.workspace.WorkspaceViewModel;

/**
 * The analyst's corrections laid over the workspace: keeps the uncorrected analysis, runs every
 * edit, undo and redo through an {@link EditHistory}, and gives the workspace the corrected
 * analysis so every view follows. Event edits are replayed at once; a changed publication date
 * means analysing again, which runs in the background.
 */
public final class CorrectionSession {

    private static final int MAX_LABEL = 60;

    private final WorkspaceViewModel workspace;
    private final Analyzer analyzer;
    private EditHistory history = new EditHistory(Corrections.none());
    private Analysis base;
    private Analysis dated;
    private List<PublicationDateFix> datedFor;
    private Analysis pushed;
    private Supplier<Runnable> viewKeeper = () -> () -> { };
    private final ReadOnlyObjectWrapper<Map<String, String>> notes = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyObjectWrapper<List<String>> unapplied = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("Redo");

    public CorrectionSession(WorkspaceViewModel workspace, Analyzer analyzer) {
        this.workspace = workspace;
        this.analyzer = analyzer;
        base = workspace.analysis();
        workspace.analysisProperty().addListener((o, was, now) -> {
            if (now != pushed && !workspace.interimProperty().get()) { // the whole corpus, not a part still loading
                adopt(now);
            }
        });
        watch(history);
    }

    /**
     * How the window keeps its zoom and filters across an edit: called before the corrected
     * analysis is shown, it returns what puts them back afterwards.
     */
    public void keepViewWith(Supplier<Runnable> keeper) {
        viewKeeper = keeper;
    }

    /** A fresh analysis from outside (files opened): the corrections are laid over it again. */
    private void adopt(Analysis fresh) {
        base = fresh;
        dated = null;
        datedFor = null;
        if (!history.current().isEmpty()) {
            // not from inside the workspace's own change notification: through the task queue
            workspace.tasks().run("Applying your corrections…", progress -> fresh, f -> {
                if (f == base) {
                    reapply();
                }
            }, error -> unapplied.set(List.of("Corrections could not be applied: " + error)));
        }
    }

    /** Starts over with these corrections on this uncorrected analysis (a project was opened or begun). */
    public void reset(Corrections start, Analysis uncorrected, CorrectionApplier.Result corrected) {
        history = new EditHistory(start);
        watch(history);
        base = uncorrected;
        dated = null;
        datedFor = null;
        show(corrected, false);
        updateMenus(history);
    }

    public void perform(Edit edit) {
        history.perform(edit);
    }

    /** The analyst sets an article's publication date: its relative dates are resolved again (undoable). */
    public void setPublicationDate(Article article, LocalDate date) {
        perform(Edits.publicationDate(article, date));
    }

    public void undo() {
        history.undo();
    }

    public void redo() {
        history.redo();
    }

    public void markSaved() {
        history.markSaved();
    }

    public Corrections corrections() {
        return history.current();
    }

    private void watch(EditHistory h) {
        h.addListener(this::changed);
    }

    private void changed(EditHistory h) {
        if (h == history) {
            updateMenus(h);
            reapply();
        }
    }

    private void updateMenus(EditHistory h) {
        dirty.set(h.isDirty());
        canUndo.set(h.canUndo());
        canRedo.set(h.canRedo());
        undoText.set(h.undoLabel().map(l -> "Undo " + shorten(l)).orElse("Undo"));
        redoText.set(h.redoLabel().map(l -> "Redo " + shorten(l)).orElse("Redo"));
    }

    /** Lays the current corrections over the uncorrected analysis and shows the result. */
    private void reapply() {
        Corrections c = history.current();
        if (base == null) {
            return;
        }
        if (c.publicationDates().isEmpty()) {
            dated = base;
            datedFor = List.of();
        }
        if (dated != null && c.publicationDates().equals(datedFor)) {
            show(withEdits(dated, List.of(), c));
            return;
        }
        Analysis from = base;
        workspace.tasks().run("Re-reading dates of the corrected articles…", progress -> {
            CorrectionApplier.Result r = new CorrectionApplier(analyzer)
                    .apply(from, new Corrections(c.publicationDates(), List.of()));
            return new Dated(r.analysis(), r.unapplied(), c);
        }, d -> {
            if (from != base) {
                return; // other inputs were opened meanwhile; they were corrected on arrival
            }
            dated = d.analysis();
            datedFor = d.corrections().publicationDates();
            show(withEdits(dated, d.unapplied(), history.current()));
        }, error -> unapplied.set(List.of("Corrections could not be applied: " + error)));
    }

    private record Dated(Analysis analysis, List<String> unapplied, Corrections corrections) {
    }

    private static CorrectionApplier.Result withEdits(Analysis dated, List<String> dateProblems, Corrections c) {
        CorrectionApplier.Result r = new CorrectionApplier(null).apply(dated, new Corrections(List.of(), c.edits()));
        List<String> all = new ArrayList<>(dateProblems);
        all.addAll(r.unapplied());
        return new CorrectionApplier.Result(r.analysis(), all, r.notes());
    }

    private void show(CorrectionApplier.Result r) {
        show(r, true);
    }

    private void show(CorrectionApplier.Result r, boolean keepView) {
        Event selected = workspace.selection().event();
        Runnable restoreView = keepView ? viewKeeper.get() : () -> { };
        pushed = r.analysis();
        notes.set(r.notes());
        unapplied.set(r.unapplied());
        workspace.setAnalysis(r.analysis());
        if (selected != null && workspace.selection().event() == null) {
            // the edited event changed (merged passages, new date): keep it selected
            r.analysis().event(selected.id()).ifPresent(workspace::select);
        }
        restoreView.run();
    }

    private static String shorten(String label) {
        String l = Character.toLowerCase(label.charAt(0)) + label.substring(1);
        return l.length() <= MAX_LABEL ? l : l.substring(0, MAX_LABEL - 1).strip() + "…" + (l.endsWith("'") ? "'" : "");
    }

    /** The analysis as read, before any correction. */
    public Analysis uncorrected() {
        return base;
    }

    /** The analyst's notes by event id of the analysis shown. */
    public ReadOnlyObjectProperty<Map<String, String>> notesProperty() {
        return notes.getReadOnlyProperty();
    }

    /** Corrections that could not be applied, one line each with the reason. */
    public ReadOnlyObjectProperty<List<String>> unappliedProperty() {
        return unapplied.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** "Undo change date of 'France calls…'", for the Edit menu. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }
}
