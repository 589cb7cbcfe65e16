package org.annalist.keydates;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/** The raw evidence measured for one day, before scaling. */
public record DayEvidence(LocalDate day, Map<Evidence, Double> values) {

    public DayEvidence {
        values = Map.copyOf(values);
    }

    public double value(Evidence e) {
        return values.getOrDefault(e, 0.0);
    }

    /** Mutable tally while collecting. */
    static final class Tally {
        final LocalDate day;
        final EnumMap<Evidence, Double> values = new EnumMap<>(Evidence.class);

        Tally(LocalDate day) {
            this.day = day;
        }

        void add(Evidence e, double v) {
            values.merge(e, v, Double::sum);
        }

        double get(Evidence e) {
            return values.getOrDefault(e, 0.0);
        }

        DayEvidence freeze() {
            return new DayEvidence(day, values);
        }
    }
}
