package org.annalist.ui.project;

import java.util.List;
import java.util.Optional;
import org.annalist.analysis.Analysis;
import org.annalist.events.Event;
import org.annalist.events.EventDate;
import org.annalist.events.EventType;

/** What the edit actions ask the analyst; dialogs in the window, answers given in advance in tests. */
public interface EditPrompts {

    /** Who does it and to whom, as actor ids. */
    record Actors(List<String> source, List<String> target) {
        public Actors {
            source = List.copyOf(source);
            target = List.copyOf(target);
        }
    }

    Optional<EventDate> date(Event e);

    Optional<EventType> type(Event e);

    Optional<Actors> actors(Event e, Analysis analysis);

    /** The event to merge into {@code e}, from {@code candidates} (nearest in time first). */
    Optional<Event> mergeWith(Event e, List<Event> candidates);

    /** The note's new text (empty removes it). */
    Optional<String> note(Event e, String current);
}
