package org.annalist.keydates;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores days as the weighted sum of their evidence, each count scaled to log(1 + count) over
 * log(1 + the corpus maximum) so that weights fitted on one corpus carry over to another.
 */
final class DayScorer {

    private DayScorer() {
    }

    /** Raw score per day (higher matters more); unbounded, possibly negative. */
    static Map<LocalDate, Double> score(List<DayEvidence> days, KeyDateWeights weights) {
        Map<Evidence, Double> scale = new EnumMap<>(Evidence.class);
        for (Evidence e : Evidence.values()) {
            double max = 0;
            for (DayEvidence d : days) {
                max = Math.max(max, d.value(e));
            }
            scale.put(e, e.isFlag() ? 1.0 : Math.log1p(max));
        }
        Map<LocalDate, Double> out = new HashMap<>(days.size() * 2);
        for (DayEvidence d : days) {
            double s = 0;
            for (Evidence e : Evidence.values()) {
                double w = weights.weight(e);
                double sc = scale.get(e);
                if (w != 0 && sc > 0) {
                    s += w * (e.isFlag() ? d.value(e) : Math.log1p(d.value(e)) / sc);
                }
            }
            out.put(d.day(), s);
        }
        return out;
    }
}
