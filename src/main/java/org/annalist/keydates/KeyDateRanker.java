package org.annalist.keydates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annalist.analysis.Analysis;
import org.annalist.events.Event;

/**
 * Picks the days that matter in an analysis: every day the corpus refers to, scored from its
 * evidence ({@link Evidence}) with weights that are data ({@link KeyDateWeights}), best first, each
 * with a one-line summary. Pure and immutable in, immutable out: safe off the FX thread.
 */
public final class KeyDateRanker {

    private final KeyDateWeights weights;
    private final DaySummarizer summarizer;

    public KeyDateRanker(KeyDateWeights weights) {
        this.weights = weights;
        this.summarizer = DaySummarizer.standard();
    }

    public static KeyDateRanker standard() {
        return new KeyDateRanker(KeyDateWeights.standard());
    }

    /** Every day, best first, each summarised. */
    public List<KeyDate> rank(Analysis analysis) {
        return rank(analysis, Integer.MAX_VALUE);
    }

    /** The best {@code top} days, best first; only these are summarised. */
    public List<KeyDate> rank(Analysis analysis, int top) {
        CorpusDays days = EvidenceCollector.collect(analysis, weights);
        List<LocalDate> order = order(days, weights);
        Map<LocalDate, Double> raw = DayScorer.score(days.days(), weights);
        double max = order.isEmpty() ? 0 : raw.get(order.get(0));
        double min = order.isEmpty() ? 0 : raw.get(order.get(order.size() - 1));
        Map<String, String> texts = new HashMap<>();
        analysis.articles().forEach(a -> texts.put(a.id(), a.text()));
        List<KeyDate> out = new ArrayList<>();
        for (LocalDate day : order.subList(0, Math.min(top, order.size()))) {
            DaySources src = days.sourcesOf(day);
            double score = max > min ? (raw.get(day) - min) / (max - min) : 1.0;
            List<Event> events = DaySummarizer.bySupport(src.events());
            out.add(new KeyDate(day, Math.round(score * 1000) / 1000.0, summarizer.summarize(texts, src),
                    events.stream().map(Event::id).toList(), src.articles().size()));
        }
        return List.copyOf(out);
    }

    /** The days of {@code days} best first (ties: earlier first), without summaries: what tuning needs. */
    public static List<LocalDate> order(CorpusDays days, KeyDateWeights weights) {
        Map<LocalDate, Double> raw = DayScorer.score(days.days(), weights);
        return raw.keySet().stream()
                .sorted(Comparator.comparing((LocalDate d) -> -raw.get(d)).thenComparing(d -> d))
                .toList();
    }

    /** The evidence of every day, for measuring and tuning. */
    public static CorpusDays evidence(Analysis analysis, KeyDateWeights weights) {
        return EvidenceCollector.collect(analysis, weights);
    }
}
