package org.annalist.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The clusters of one (type, actors) group. A report joins the earliest-created cluster whose
 * first report has a compatible date and whose words are similar enough. Dated clusters are
 * indexed by the length and start day of that first date, so only clusters whose dates can be
 * compatible are compared: a news corpus puts hundreds of clusters in a group such as "France
 * consults Russia", and comparing each report with all of them made the merge quadratic.
 */
final class ClusterGroup {

    private static final double SIMILAR = 0.25;
    private static final double SIMILAR_SAME_DAY = 0.1;

    /** A set of reports of one act; {@code order} is the position of its first report among the group's reports. */
    static final class Cluster {
        final int order;
        final EventDate date;
        final List<Event> reports = new ArrayList<>();
        final Set<String> words = new HashSet<>();

        Cluster(int order, EventDate date) {
            this.order = order;
            this.date = date;
        }
    }

    /** Dated clusters: length in days (end - start) -> start epoch day -> clusters. */
    private final Map<Long, TreeMap<Long, List<Cluster>>> dated = new HashMap<>();
    private final List<Cluster> undated = new ArrayList<>();
    private final List<Cluster> created = new ArrayList<>();

    /** Adds the report at position {@code order} of the group, to an existing cluster or a new one. */
    void add(int order, Event e, Set<String> words) {
        Cluster home = find(e.date(), words);
        if (home == null) {
            home = new Cluster(order, e.date());
            created.add(home);
            if (e.date() == null) {
                undated.add(home);
            } else {
                dated.computeIfAbsent(length(e.date()), k -> new TreeMap<>())
                        .computeIfAbsent(e.date().start().toEpochDay(), k -> new ArrayList<>(1)).add(home);
            }
        }
        home.reports.add(e);
        home.words.addAll(words);
    }

    /** The clusters in order of creation. */
    List<Cluster> clusters() {
        return created;
    }

    private Cluster find(EventDate date, Set<String> words) {
        if (date == null) {
            return firstJoining(undated, null, words);
        }
        long start = date.start().toEpochDay();
        long end = date.end().toEpochDay();
        List<Cluster> candidates = new ArrayList<>();
        // Compatible: the ranges overlap or lie a day apart, i.e. cStart <= end + 1 and
        // cStart + length >= start - 1.
        dated.forEach((length, byStart) ->
                byStart.subMap(start - 1 - length, true, end + 1, true).values().forEach(candidates::addAll));
        if (candidates.size() > 1) {
            candidates.sort(Comparator.comparingInt(c -> c.order));
        }
        return firstJoining(candidates, date, words);
    }

    private static Cluster firstJoining(List<Cluster> candidates, EventDate date, Set<String> words) {
        for (Cluster c : candidates) {
            if (similar(c, date, words)) {
                return c;
            }
        }
        return null;
    }

    private static boolean similar(Cluster c, EventDate date, Set<String> words) {
        double sim = jaccard(c.words, words);
        boolean sameDay = c.date != null && date != null && c.date.start().equals(date.start())
                && c.date.end().equals(date.end());
        return sim >= SIMILAR || (sameDay && sim >= SIMILAR_SAME_DAY);
    }

    private static long length(EventDate d) {
        return d.end().toEpochDay() - d.start().toEpochDay();
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
}
