package org.annalist.ui.keydates;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.annalist.keydates.KeyDate;
import org.annalist.ui.graph.GraphViewModel;

/**
 * Limits the actor graph to the shown key dates when switched on: only events that happen on one of
 * the top days (as many as the slider says) feed the graph; off, the graph shows every event in view.
 */
public final class KeyDateGraphScope {

    private final KeyDatesModel model;
    private final GraphViewModel graph;
    private final BooleanProperty keyDatesOnly = new SimpleBooleanProperty(false);

    public KeyDateGraphScope(KeyDatesModel model, GraphViewModel graph) {
        this.model = model;
        this.graph = graph;
        model.topProperty().addListener((o, was, now) -> update());
        keyDatesOnly.addListener((o, was, now) -> update());
    }

    private void update() {
        if (!keyDatesOnly.get()) {
            graph.scopeProperty().set(null);
            return;
        }
        Set<LocalDate> days = model.topProperty().get().stream().map(KeyDate::date).collect(Collectors.toSet());
        graph.scopeProperty().set(e -> e.isDated() && days.contains(e.date().start()));
    }

    /** Whether only the key days' events feed the graph. */
    public BooleanProperty keyDatesOnlyProperty() {
        return keyDatesOnly;
    }
}
