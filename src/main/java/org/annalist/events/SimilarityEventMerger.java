package org.annalist.events;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Joins reports of one act: same type, same actors, compatible dates (overlapping, or a day apart)
 * and passages that share enough words. The merged event keeps every passage and the most precise
 * date; where reports name different days, {@code dateConflict} says which article said what.
 * Final ids {@code e1, e2, ...} follow date order (undated last); the result does not depend on
 * the order of the input.
 */
public final class SimilarityEventMerger implements EventMerger {

    private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> STOP = Set.of("that", "this", "with", "from", "have", "been", "were", "said",
            "will", "would", "their", "which", "about", "after", "they", "there", "also", "than", "into", "over");

    @Override
    public List<Event> merge(List<Event> events) {
        List<Event> ordered = new ArrayList<>(events);
        ordered.sort(Comparator.comparing(SimilarityEventMerger::firstArticle).thenComparingInt(SimilarityEventMerger::firstOffset)
                .thenComparing(Event::id));
        // Groups of (type, actors) never share a cluster, so they are merged independently, on
        // every core; the clusters are then put back in order of their first report.
        Map<String, List<Integer>> byKey = new LinkedHashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            byKey.computeIfAbsent(key(ordered.get(i)), k -> new ArrayList<>()).add(i);
        }
        Map<String, Grouped> previous = memo;
        Map<String, Grouped> next = new ConcurrentHashMap<>();
        List<Event> merged = new ArrayList<>(byKey.entrySet().parallelStream()
                .flatMap(en -> {
                    List<Integer> at = en.getValue();
                    Grouped g = grouped(previous.get(en.getKey()), at.stream().map(ordered::get).toList());
                    next.put(en.getKey(), g);
                    return g.clusters().stream().map(c -> new Placed(at.get(c.order), c));
                })
                .sorted(Comparator.comparingInt(Placed::order))
                .map(p -> combine(p.cluster()))
                .toList());
        memo = next;
        merged.sort(Comparator.comparing((Event e) -> e.date() == null)
                .thenComparing(e -> e.date() == null ? null : e.date().start(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(e -> e.date() == null ? null : e.date().end(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(SimilarityEventMerger::firstArticle).thenComparingInt(SimilarityEventMerger::firstOffset)
                .thenComparing(e -> e.type().id()));
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < merged.size(); i++) {
            Event e = merged.get(i);
            out.add(new Event("e" + (i + 1), e.date(), e.type(), e.tone(), e.status(), e.source(), e.target(),
                    e.summary(), e.passages(), e.dateConflict(), e.attribution(), e.cameo()));
        }
        return out;
    }

    /** A group's reports (in input order) and its clusters, numbered by position in the group. */
    private record Grouped(List<Event> members, List<ClusterGroup.Cluster> clusters) {
    }

    private record Placed(int order, ClusterGroup.Cluster cluster) {
    }

    /**
     * The groups of the last merge. Re-dating one article changes only the groups its reports are
     * in; every other group has the very same reports and keeps its clusters, so a correction
     * costs a fraction of a full merge.
     */
    private volatile Map<String, Grouped> memo = Map.of();

    private static Grouped grouped(Grouped before, List<Event> members) {
        if (before != null && sameInstances(before.members(), members)) {
            return before;
        }
        ClusterGroup group = new ClusterGroup();
        for (int j = 0; j < members.size(); j++) {
            group.add(j, members.get(j), words(members.get(j)));
        }
        return new Grouped(members, group.clusters());
    }

    private static boolean sameInstances(List<Event> a, List<Event> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    private static String key(Event e) {
        // an act the text asserts never merges with one it negates or supposes
        return e.type().id() + "|" + new TreeSet<>(e.actors()) + "|" + e.status().isDrawn();
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

    private static Event combine(ClusterGroup.Cluster c) {
        if (c.reports.size() == 1) {
            return c.reports.get(0);
        }
        Event best = c.reports.stream().min(Comparator.comparing((Event e) -> e.date() == null) // a date the text names before a day of publication
                .thenComparing(e -> e.date() != null && e.date().basis() == DateBasis.PUBLISHED)
                // then a time in the act's own clause before one carried over from its paragraph
                .thenComparing(e -> e.date() != null && e.date().basis() == DateBasis.INFERRED)
                // two inferred days: the stronger basis (its own sentence's day before its paragraph's), then the day most
                // reports give, not a tie broken by the order of the articles
                .thenComparingInt(e -> e.date() != null && e.date().basis() == DateBasis.INFERRED ? DateWords.inferredWeakness(e.date()) : 0)
                .thenComparingLong(e -> -support(e, c.reports))
                .thenComparing(e -> e.date() == null ? 0L : ChronoUnit.DAYS.between(e.date().start(), e.date().end()))).orElseThrow();
        List<Passage> passages = c.reports.stream().flatMap(e -> e.passages().stream()).distinct().toList();
        boolean occurred = c.reports.stream().anyMatch(e -> e.status() == EventStatus.OCCURRED);
        return new Event(best.id(), best.date(), best.type(), best.tone(),
                occurred ? EventStatus.OCCURRED : best.status(), best.source(), best.target(), best.summary(),
                passages, conflict(c.reports), c.reports.stream().flatMap(e -> e.attribution().stream()).distinct().toList(),
                best.cameo());
    }

    /** How many reports give the same date value as an inferred date of {@code e} (0 for other bases: their order stands). */
    private static long support(Event e, List<Event> reports) {
        return e.date() == null || e.date().basis() != DateBasis.INFERRED ? 0 : reports.stream().filter(r -> r.date() != null && r.date().value().equals(e.date().value())).count();
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
