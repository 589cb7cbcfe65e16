package org.annalist.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annalist.actors.ActorCatalog;
import org.annalist.events.Event;

/**
 * The rows of TimelineJS's navigator. TimelineJS gives every group its own row and sizes the
 * navigator to fit them all, so one row per actor pushes the navigator off a laptop screen. Groups
 * are the catalog's focus actors that the events involve (at most {@link #MAX}), plus "Other" for
 * the rest; when fewer than two focus actors take part, rows would not help and there are none.
 */
final class TimelineJsGroups {

    /** A handful: the navigator stays visible at 1366x768. */
    static final int MAX = 5;
    static final String OTHER = "Other";

    private final Map<String, String> nameById;

    private TimelineJsGroups(Map<String, String> nameById) {
        this.nameById = nameById;
    }

    static TimelineJsGroups of(ActorCatalog catalog, List<Event> events) {
        Map<String, String> chosen = new LinkedHashMap<>();
        for (String id : catalog.focusIds()) {
            if (chosen.size() < MAX && events.stream().anyMatch(e -> e.actors().contains(id))) {
                chosen.put(id, catalog.get(id).name());
            }
        }
        return new TimelineJsGroups(chosen.size() < 2 ? Map.of() : chosen);
    }

    /** The group names in navigator order; empty when the timeline has no groups. */
    List<String> names() {
        List<String> names = new ArrayList<>(nameById.values());
        if (!names.isEmpty()) {
            names.add(OTHER);
        }
        return names;
    }

    /** The event's group: its first actor that is a group, else "Other"; empty without groups. */
    Optional<String> groupOf(Event e) {
        if (nameById.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(e.actors().stream().filter(nameById::containsKey).findFirst()
                .map(nameById::get).orElse(OTHER));
    }
}
