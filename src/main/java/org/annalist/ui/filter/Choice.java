package org.annalist.ui.filter;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.paint.Color;

/**
 * One entry of a filter checklist: an actor or an event type, its name, its colour swatch (null for
 * none), whether it is a focus actor, how many events it has among those shown, and whether it is checked.
 */
public final class Choice<T> {

    private final T value;
    private final String label;
    private final Color colour;
    private final boolean focus;
    private final int total;
    private final IntegerProperty count = new SimpleIntegerProperty();
    private final BooleanProperty checked = new SimpleBooleanProperty(true);

    public Choice(T value, String label, Color colour, boolean focus, int total) {
        this.value = value;
        this.label = label;
        this.colour = colour;
        this.focus = focus;
        this.total = total;
    }

    public T value() {
        return value;
    }

    public String label() {
        return label;
    }

    public Color colour() {
        return colour;
    }

    public boolean focus() {
        return focus;
    }

    /** Events in the whole analysis: the list's order, stable while counts change under other filters. */
    public int total() {
        return total;
    }

    /** Events shown with this entry (for an unchecked one: shown if it were checked again). */
    public IntegerProperty countProperty() {
        return count;
    }

    public BooleanProperty checkedProperty() {
        return checked;
    }

    public boolean isChecked() {
        return checked.get();
    }

    @Override
    public String toString() {
        return label + " (" + count.get() + ")";
    }
}
