package org.annalist.ui.filter;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.annalist.events.Event;
import org.annalist.events.EventType;
import org.annalist.events.Passage;

/**
 * What the analyst chose to see: hidden actors and event types, a date range, and a search text.
 * Hiding an actor hides every event it takes part in, so its lane and graph node disappear.
 * The search does not hide anything: it marks matches in every view.
 */
public final class FilterModel {

    private final ObservableSet<String> hiddenActors = FXCollections.observableSet();
    private final ObservableSet<EventType> hiddenTypes = FXCollections.observableSet();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");

    public ObservableSet<String> hiddenActors() {
        return hiddenActors;
    }

    public ObservableSet<EventType> hiddenTypes() {
        return hiddenTypes;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** Everything that changes what is shown, for listeners. */
    public Observable[] dependencies() {
        return new Observable[] {hiddenActors, hiddenTypes, from, to};
    }

    public void clear() {
        hiddenActors.clear();
        hiddenTypes.clear();
        from.set(null);
        to.set(null);
        search.set("");
    }

    /** True when the event passes the actor, type and date filters. */
    public Predicate<Event> shows() {
        var actors = java.util.Set.copyOf(hiddenActors);
        var types = java.util.Set.copyOf(hiddenTypes);
        LocalDate f = from.get();
        LocalDate t = to.get();
        return e -> {
            if (types.contains(e.type()) || e.actors().stream().anyMatch(actors::contains)) {
                return false;
            }
            if (e.isDated()) {
                if (f != null && e.date().end().isBefore(f)) {
                    return false;
                }
                return t == null || !e.date().start().isAfter(t);
            }
            return true;
        };
    }

    /** True when the search text occurs in the event's summary or one of its passages. */
    public Predicate<Event> matches() {
        String q = search.get() == null ? "" : search.get().trim().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return e -> false;
        }
        return e -> e.summary().toLowerCase(Locale.ROOT).contains(q)
                || e.passages().stream().map(Passage::text).anyMatch(p -> p.toLowerCase(Locale.ROOT).contains(q));
    }

    public boolean isSearching() {
        return search.get() != null && !search.get().isBlank();
    }
}
