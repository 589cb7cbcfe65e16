package org.annalist.project;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Undo and redo over the analyst's corrections. Each {@link Edit} is kept with the corrections
 * from before it, so undo restores exactly that state and redo applies the edit again. Not thread
 * safe: use it from one thread (the UI thread).
 */
public final class EditHistory {

    /** Told after every change of the current corrections (do, undo, redo, reset). */
    @FunctionalInterface
    public interface Listener {
        void changed(EditHistory history);
    }

    private record Step(Edit edit, Corrections before) {
    }

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private Corrections current;
    private int savedDepth;
    private boolean savedReachable = true;

    public EditHistory(Corrections start) {
        current = start == null ? Corrections.none() : start;
    }

    public Corrections current() {
        return current;
    }

    public void perform(Edit edit) {
        Corrections before = current;
        current = edit.applyTo(before);
        undo.push(new Step(edit, before));
        if (undo.size() <= savedDepth) {
            savedReachable = false;
        }
        redo.clear();
        fire();
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The label of the edit undo would revert ("Undo Delete 'France calls...'"). */
    public Optional<String> undoLabel() {
        return Optional.ofNullable(undo.peek()).map(s -> s.edit().label());
    }

    public Optional<String> redoLabel() {
        return Optional.ofNullable(redo.peek()).map(s -> s.edit().label());
    }

    public void undo() {
        if (undo.isEmpty()) {
            return;
        }
        Step s = undo.pop();
        current = s.before();
        redo.push(s);
        fire();
    }

    public void redo() {
        if (redo.isEmpty()) {
            return;
        }
        Step s = redo.pop();
        current = s.edit().applyTo(current);
        undo.push(s);
        fire();
    }

    /** Marks the current state as saved, for {@link #isDirty()}. */
    public void markSaved() {
        savedDepth = undo.size();
        savedReachable = true;
        fire();
    }

    /** True when the corrections differ from what was last saved. */
    public boolean isDirty() {
        return !savedReachable || undo.size() != savedDepth;
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public void removeListener(Listener l) {
        listeners.remove(l);
    }

    private void fire() {
        listeners.forEach(l -> l.changed(this));
    }
}
