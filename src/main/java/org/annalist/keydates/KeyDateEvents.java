package org.annalist.keydates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import org.annalist.analysis.Analysis;
import org.annalist.events.DateBasis;
import org.annalist.events.Event;
import org.annalist.events.EventDate;
import org.annalist.events.EventStatus;
import org.annalist.events.EventType;

/**
 * Key dates as one event each, so that whatever shows or exports events (presentation mode,
 * TimelineJS) can show key dates only: the day's summary as the headline, the day's most supported
 * act for who, type and passages.
 */
public final class KeyDateEvents {

    private KeyDateEvents() {
    }

    public static List<Event> of(Analysis analysis, List<KeyDate> dates) {
        Map<String, Event> byId = new HashMap<>();
        analysis.events().forEach(e -> byId.put(e.id(), e));
        List<Event> out = new ArrayList<>(dates.size());
        for (KeyDate d : dates) {
            Event top = d.events().isEmpty() ? null : byId.get(d.events().get(0));
            EventDate date = EventDate.day(d.date(), DateBasis.INFERRED, "key date, score " + d.score());
            out.add(top == null
                    ? new Event("key-" + d.date(), date, EventType.STATEMENT, 0, EventStatus.OCCURRED, List.of(), List.of(),
                            d.summary(), List.of(), null)
                    : new Event("key-" + d.date(), date, top.type(), top.tone(), top.status(), top.source(), top.target(),
                            d.summary(), top.passages(), null));
        }
        return List.copyOf(out);
    }
}
