package org.annalist.keydates;

import java.util.Map;
import java.util.Set;
import java.time.LocalDate;

/**
 * Coordinate ascent on the evidence weights: each weight in turn takes the grid value that most
 * raises mean date F1 on the tuning topic, until no change helps. Volume evidence may only weigh
 * against a day (busy weeks cite every day more).
 */
final class WeightTuner {

    private static final double[] GRID = {0, 0.25, 0.5, 1, 2, 4};

    private WeightTuner() {
    }

    static KeyDateWeights fit(CorpusDays days, Map<String, Set<LocalDate>> timelines, KeyDateWeights start) {
        KeyDateWeights w = start;
        double best = measure(days, timelines, w);
        boolean improved = true;
        while (improved) {
            improved = false;
            for (Evidence e : Evidence.values()) {
                boolean against = e == Evidence.LOCAL_VOLUME || e == Evidence.SEASON_VOLUME;
                for (double g : GRID) {
                    KeyDateWeights c = w.with(e, against ? -g : g);
                    double m = measure(days, timelines, c);
                    if (m > best + 1e-9) {
                        best = m;
                        w = c;
                        improved = true;
                    }
                }
            }
        }
        return w;
    }

    static double measure(CorpusDays days, Map<String, Set<LocalDate>> timelines, KeyDateWeights w) {
        return ReferenceTimelines.mean(ReferenceTimelines.f1(KeyDateRanker.order(days, w), timelines));
    }
}
