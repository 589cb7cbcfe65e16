package org.annalist.events;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The merger as it was before clusters were indexed by date and groups merged in parallel: a
 * quadratic scan kept as the reference that {@code SimilarityEventMerger} must agree with.
 *
 * Joins reports of one act: same type, same actors, compatible dates (overlapping, or a day apart)
 * and passages that share enough words. The merged event keeps every passage and the most precise
 * date; where reports name different days, {@code dateConflict} says which article said what.
 * Final ids {@code e1, e2, ...} follow date order (undated last); the result does not depend on
 * the order of the input.
 */
final class ReferenceEventMerger implements EventMerger {

    private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final double SIMILAR = 0.25;
    private static final double SIMILAR_SAME_DAY = 0.1;
    private static final Set<String> STOP = Set.of("that", "this", "with", "from", "have", "been", "were", "said",
            "will", "would", "their", "which", "about", "after", "they", "there", "also", "than", "into", "over");

    private static final class Cluster {
        final List<Event> reports = new ArrayList<>();
        final Set<String> words = new HashSet<>();
    }

    @Override
    public List<Event> merge(List<Event> events) {
        List<Event> ordered = new ArrayList<>(events);
        ordered.sort(Comparator.comparing(ReferenceEventMerger::firstArticle).thenComparingInt(ReferenceEventMerger::firstOffset)
                .thenComparing(Event::id));
        Map<String, List<Cluster>> byKey = new HashMap<>();
        List<Cluster> clusters = new ArrayList<>();
        for (Event e : ordered) {
            Set<String> words = words(e);
            List<Cluster> same = byKey.computeIfAbsent(key(e), k -> new ArrayList<>());
            Cluster home = same.stream().filter(c -> joins(c, e, words)).findFirst().orElse(null);
            if (home == null) {
                home = new Cluster();
                same.add(home);
                clusters.add(home);
            }
            home.reports.add(e);
            home.words.addAll(words);
        }
        List<Event> merged = new ArrayList<>(clusters.stream().map(ReferenceEventMerger::combine).toList());
        merged.sort(Comparator.comparing((Event e) -> e.date() == null)
                .thenComparing(e -> e.date() == null ? null : e.date().start(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(e -> e.date() == null ? null : e.date().end(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ReferenceEventMerger::firstArticle).thenComparingInt(ReferenceEventMerger::firstOffset)
                .thenComparing(e -> e.type().id()));
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < merged.size(); i++) {
            Event e = merged.get(i);
            out.add(new Event("e" + (i + 1), e.date(), e.type(), e.tone(), e.status(), e.source(), e.target(),
                    e.summary(), e.passages(), e.dateConflict(), e.attribution(), e.cameo()));
        }
        return out;
    }

    private static String key(Event e) {
        return e.type().id() + "|" + new TreeSet<>(e.actors()) + "|" + e.status().isDrawn();
    }

    private static boolean joins(Cluster c, Event e, Set<String> words) {
        Event first = c.reports.get(0);
        if (!compatible(first.date(), e.date())) {
            return false;
        }
        double sim = jaccard(c.words, words);
        boolean sameDay = first.date() != null && e.date() != null && first.date().start().equals(e.date().start())
                && first.date().end().equals(e.date().end());
        return sim >= SIMILAR || (sameDay && sim >= SIMILAR_SAME_DAY);
    }

    private static boolean compatible(EventDate a, EventDate b) {
        if (a == null || b == null) {
            return a == b;
        }
        return !a.start().minusDays(1).isAfter(b.end()) && !b.start().minusDays(1).isAfter(a.end());
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String w : b) {
            shared += a.contains(w) ? 1 : 0;
        }
        return shared / (double) (a.size() + b.size() - shared);
    }

    private static Set<String> words(Event e) {
        Set<String> out = new HashSet<>();
        for (Passage p : e.passages()) {
            for (String w : NON_WORD.split(p.text().toLowerCase(Locale.ROOT))) {
                if (w.length() > 3 && !STOP.contains(w)) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    private static Event combine(Cluster c) {
        if (c.reports.size() == 1) {
            return c.reports.get(0);
        }
        Event best = c.reports.stream().min(Comparator.comparing((Event e) -> e.date() == null) // a date the text names before a day of publication
                .thenComparing(e -> e.date() != null && e.date().basis() == DateBasis.PUBLISHED)
                // then a time in the act's own clause before one carried over from its paragraph
                .thenComparing(e -> e.date() != null && e.date().basis() == DateBasis.INFERRED)
                .thenComparing(e -> e.date() == null ? 0L : ChronoUnit.DAYS.between(e.date().start(), e.date().end()))).orElseThrow();
        List<Passage> passages = c.reports.stream().flatMap(e -> e.passages().stream()).distinct().toList();
        boolean occurred = c.reports.stream().anyMatch(e -> e.status() == EventStatus.OCCURRED);
        return new Event(best.id(), best.date(), best.type(), best.tone(),
                occurred ? EventStatus.OCCURRED : best.status(), best.source(), best.target(), best.summary(),
                passages, conflict(c.reports), c.reports.stream().flatMap(e -> e.attribution().stream()).distinct().toList(),
                best.cameo());
    }

    /** A note when the reports give different days, or null when they agree. */
    private static String conflict(List<Event> reports) {
        Map<String, List<String>> byDate = new LinkedHashMap<>();
        for (Event e : reports) {
            if (e.date() != null && e.date().basis() != DateBasis.PUBLISHED && e.date().granularity() == Granularity.DAY) {
                byDate.computeIfAbsent(e.date().value(), k -> new ArrayList<>()).add(firstArticle(e));
            }
        }
        if (byDate.size() < 2) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        byDate.forEach((value, articles) -> parts.add(value + " (" + String.join(", ", new TreeSet<>(articles)) + ")"));
        return "sources disagree on the date: " + String.join(" vs ", parts);
    }

    private static String firstArticle(Event e) {
        return e.passages().isEmpty() ? "" : e.passages().get(0).articleId();
    }

    private static int firstOffset(Event e) {
        return e.passages().isEmpty() ? 0 : e.passages().get(0).span().start();
    }
}
