package org.annalist.keydates;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * Regularised coordinate ascent on the evidence weights: each weight in turn takes the grid value that
 * most raises mean date F1 on the tuning topic minus a cost for straying from the start (the prior),
 * until no change helps. The cost keeps what one topic cannot tell apart at the prior, so the fit
 * carries over (a 20-day corpus says nothing about references made a month later). Volume evidence may
 * only weigh against a day (busy weeks cite every day more).
 */
final class WeightTuner {

    private static final double[] GRID = {0, 0.5, 1, 2};
    /** F1 one unit of weight away from the start must buy. */
    static final double COST = 0.02;

    private WeightTuner() {
    }

    static KeyDateWeights fit(CorpusDays days, Map<String, Set<LocalDate>> timelines, KeyDateWeights start) {
        KeyDateWeights w = start;
        double best = objective(days, timelines, w, start);
        boolean improved = true;
        while (improved) {
            improved = false;
            for (Evidence e : Evidence.values()) {
                boolean against = e == Evidence.LOCAL_VOLUME || e == Evidence.SEASON_VOLUME;
                for (double g : GRID) {
                    KeyDateWeights c = w.with(e, against ? -g : g);
                    double m = objective(days, timelines, c, start);
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

    private static double objective(CorpusDays days, Map<String, Set<LocalDate>> timelines, KeyDateWeights w,
                                    KeyDateWeights start) {
        double distance = 0;
        for (Evidence e : Evidence.values()) {
            distance += Math.abs(w.weight(e) - start.weight(e));
        }
        return measure(days, timelines, w) - COST * distance;
    }

    static double measure(CorpusDays days, Map<String, Set<LocalDate>> timelines, KeyDateWeights w) {
        return ReferenceTimelines.mean(ReferenceTimelines.f1(KeyDateRanker.order(days, w), timelines));
    }
}
