package org.annalist.project;

import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One undoable edit of the corrections: a label for the Edit menu and the change itself. Because
 * {@link Corrections} is immutable, undoing is restoring the value from before the edit.
 */
public record Edit(String label, UnaryOperator<Corrections> change) {

    public Edit {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(change, "change");
    }

    public Corrections applyTo(Corrections before) {
        return change.apply(before);
    }
}
