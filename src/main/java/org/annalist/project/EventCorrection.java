package org.annalist.project;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import java.util.List;
import org.annalist.events.EventStatus;
import org.annalist.events.EventType;
import org.annalist.events.Granularity;

/**
 * One correction the analyst made to the events, replayed in order on every fresh analysis. The
 * closed set of kinds is named explicitly in the project file ({@code "kind": "date"}); no class
 * names are ever read from a file.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = EventCorrection.DateFix.class, name = "date"),
        @JsonSubTypes.Type(value = EventCorrection.TypeFix.class, name = "type"),
        @JsonSubTypes.Type(value = EventCorrection.ActorsFix.class, name = "actors"),
        @JsonSubTypes.Type(value = EventCorrection.Deletion.class, name = "delete"),
        @JsonSubTypes.Type(value = EventCorrection.Merge.class, name = "merge"),
        @JsonSubTypes.Type(value = EventCorrection.Addition.class, name = "add"),
        @JsonSubTypes.Type(value = EventCorrection.Note.class, name = "note")})
public sealed interface EventCorrection {

    /** A short description for the undo menu and for reports. */
    String describe();

    /** The event's date set by hand (TIMEX3 value, first and last day). */
    record DateFix(EventRef event, String value, LocalDate start, LocalDate end, Granularity granularity)
            implements EventCorrection {
        public String describe() {
            return "date of " + event.eventId() + " set to " + value;
        }
    }

    record TypeFix(EventRef event, EventType type) implements EventCorrection {
        public String describe() {
            return "type of " + event.eventId() + " set to " + type.label();
        }
    }

    record ActorsFix(EventRef event, List<String> source, List<String> target) implements EventCorrection {
        public ActorsFix {
            source = source == null ? List.of() : List.copyOf(source);
            target = target == null ? List.of() : List.copyOf(target);
        }

        public String describe() {
            return "actors of " + event.eventId() + " set to " + source + " -> " + target;
        }
    }

    record Deletion(EventRef event) implements EventCorrection {
        public String describe() {
            return "event " + event.eventId() + " deleted";
        }
    }

    /** {@code absorbed}'s passages and actors join {@code kept}, which keeps its date, type and summary. */
    record Merge(EventRef kept, EventRef absorbed) implements EventCorrection {
        public String describe() {
            return "event " + absorbed.eventId() + " merged into " + kept.eventId();
        }
    }

    /** An event the analyst added by hand, anchored on passages of the articles. */
    record Addition(String id, String value, LocalDate start, LocalDate end, Granularity granularity,
                    EventType type, double tone, EventStatus status, List<String> source, List<String> target,
                    String summary, List<PassageRef> passages) implements EventCorrection {
        public Addition {
            source = source == null ? List.of() : List.copyOf(source);
            target = target == null ? List.of() : List.copyOf(target);
            passages = passages == null ? List.of() : List.copyOf(passages);
        }

        public String describe() {
            return "event " + id + " added";
        }
    }

    /** A note on an event; an empty text removes it. */
    record Note(EventRef event, String text) implements EventCorrection {
        public String describe() {
            return "note on " + event.eventId();
        }
    }
}
