package org.annalist.ui.filter;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
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
    /** Bumped once per change, or once per batch: checking "None" on 170 actors redraws once, not 170 times. */
    private final IntegerProperty revision = new SimpleIntegerProperty();
    private boolean batching;

    public FilterModel() {
        hiddenActors.addListener((SetChangeListener<String>) c -> changed());
        hiddenTypes.addListener((SetChangeListener<EventType>) c -> changed());
        from.addListener(o -> changed());
        to.addListener(o -> changed());
    }

    private void changed() {
        if (!batching) {
            revision.set(revision.get() + 1);
        }
    }

    /** Runs {@code edits} (any number of filter changes) and tells listeners once at the end. */
    public void batch(Runnable edits) {
        boolean outer = !batching;
        batching = true;
        try {
            edits.run();
        } finally {
            if (outer) {
                batching = false;
                changed();
            }
        }
    }

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
        return new Observable[] {revision};
    }

    public void clear() {
        batch(() -> {
            hiddenActors.clear();
            hiddenTypes.clear();
            from.set(null);
            to.set(null);
        });
        search.set("");
    }

    /** True when the event passes the actor, type and date filters. */
    public Predicate<Event> shows() {
        var actors = java.util.Set.copyOf(hiddenActors);
        var types = java.util.Set.copyOf(hiddenTypes);
        Predicate<Event> inRange = inRange();
        return e -> !types.contains(e.type()) && e.actors().stream().noneMatch(actors::contains) && inRange.test(e);
    }

    private Predicate<Event> inRange() {
        LocalDate f = from.get();
        LocalDate t = to.get();
        return e -> !e.isDated() || (f == null || !e.date().end().isBefore(f)) && (t == null || !e.date().start().isAfter(t));
    }

    /**
     * Per actor, the events shown with it: for a checked actor, the shown events it takes part in;
     * for an unchecked one, those that checking it again would show.
     */
    public Map<String, Integer> actorCounts(List<Event> events) {
        var actors = java.util.Set.copyOf(hiddenActors);
        var types = java.util.Set.copyOf(hiddenTypes);
        Predicate<Event> inRange = inRange();
        Map<String, Integer> counts = new HashMap<>();
        for (Event e : events) {
            if (types.contains(e.type()) || !inRange.test(e)) {
                continue;
            }
            List<String> hidden = e.actors().stream().filter(actors::contains).distinct().toList();
            if (hidden.isEmpty()) {
                e.actors().stream().distinct().forEach(id -> counts.merge(id, 1, Integer::sum));
            } else if (hidden.size() == 1) {
                counts.merge(hidden.get(0), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Per event type, the events shown of it (for a hidden type, those that showing it would add). */
    public Map<EventType, Integer> typeCounts(List<Event> events) {
        var actors = java.util.Set.copyOf(hiddenActors);
        Predicate<Event> inRange = inRange();
        Map<EventType, Integer> counts = new EnumMap<>(EventType.class);
        for (Event e : events) {
            if (inRange.test(e) && e.actors().stream().noneMatch(actors::contains)) {
                counts.merge(e.type(), 1, Integer::sum);
            }
        }
        return counts;
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
