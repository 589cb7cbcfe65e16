package org.annalist.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.analysis.Analysis;
import org.annalist.events.Event;
import org.annalist.render.Rgba;

/**
 * The shown, dated events split into lanes, each lane sorted by start day, so that the events in a
 * visible range are found by binary search. Built once per change of data or lane mode; immutable.
 */
public final class LaneIndex {

    /** One lane's events in start order: parallel arrays for speed. */
    public static final class LaneEvents {
        final double[] start;
        final double[] end;
        final int[] event;
        final double longest;

        LaneEvents(double[] start, double[] end, int[] event) {
            this.start = start;
            this.end = end;
            this.event = event;
            double max = 0;
            for (int i = 0; i < start.length; i++) {
                max = Math.max(max, end[i] - start[i]);
            }
            this.longest = max;
        }

        public int size() {
            return start.length;
        }

        /** First position whose event may reach into {@code fromDay}. */
        int firstFrom(double fromDay) {
            int i = Arrays.binarySearch(start, fromDay - longest);
            if (i < 0) {
                return -i - 1;
            }
            while (i > 0 && start[i - 1] == start[i]) {
                i--;
            }
            return i;
        }
    }

    private static final Rgba ARTICLE_LANE = Rgba.parse("#6e7781");

    private final List<Event> events;
    private final List<Lane> lanes;
    private final List<LaneEvents> laneEvents;
    private final double minDay;
    private final double maxDay;
    private final Map<String, Integer> byId = new HashMap<>();

    private LaneIndex(List<Event> events, List<Lane> lanes, List<LaneEvents> laneEvents) {
        this.events = events;
        this.lanes = lanes;
        this.laneEvents = laneEvents;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Event e : events) {
            min = Math.min(min, e.date().start().toEpochDay());
            max = Math.max(max, e.date().end().toEpochDay() + 1);
        }
        this.minDay = min;
        this.maxDay = max;
        for (int i = 0; i < events.size(); i++) {
            byId.put(events.get(i).id(), i);
        }
    }

    /** Whether the event with this id sits at a position in {@code [from, to)} of the lane; O(log n). */
    public boolean contains(int lane, int from, int to, String eventId) {
        Integer e = eventId == null ? null : byId.get(eventId);
        if (e == null) {
            return false;
        }
        LaneEvents le = laneEvents.get(lane);
        double day = events.get(e).date().start().toEpochDay();
        int i = MarkLayout.lowerBound(le.start, from, to, day);
        for (; i < to && le.start[i] == day; i++) {
            if (le.event[i] == e) {
                return true;
            }
        }
        return false;
    }

    /** Indexes the dated events among {@code shown}; undated ones cannot be placed and are left out. */
    public static LaneIndex build(Analysis analysis, List<Event> shown, LaneMode mode) {
        // acts the text does not assert (negated, hypothetical, ...) are no marks
        List<Event> dated = shown.stream().filter(Event::isDated).filter(e -> e.status().isDrawn()).toList();
        ActorRanking ranking = new ActorRanking(analysis);
        Map<String, IntList> byKey = new LinkedHashMap<>();
        if (mode == LaneMode.ACTOR) {
            ranking.order().forEach(id -> byKey.put(id, new IntList()));
        } else {
            analysis.articles().forEach(a -> byKey.put(a.id(), new IntList()));
        }
        String other = "\u0000other";
        for (int i = 0; i < dated.size(); i++) {
            for (String key : keys(dated.get(i), mode)) {
                byKey.computeIfAbsent(key.isEmpty() ? other : key, k -> new IntList()).add(i);
            }
        }
        List<Lane> lanes = new ArrayList<>();
        List<LaneEvents> laneEvents = new ArrayList<>();
        Map<String, String> titles = new HashMap<>();
        analysis.articles().forEach(a -> titles.put(a.id(), a.title().isBlank() ? a.id() : a.title()));
        byKey.forEach((key, idx) -> {
            if (idx.size == 0) {
                return;
            }
            if (key.equals(other)) {
                lanes.add(new Lane("", mode == LaneMode.ACTOR ? "No actor" : "No article", ARTICLE_LANE));
            } else if (mode == LaneMode.ACTOR) {
                lanes.add(new Lane(key, ranking.name(key), ranking.colour(key)));
            } else {
                lanes.add(new Lane(key, titles.getOrDefault(key, key), ARTICLE_LANE));
            }
            laneEvents.add(sorted(dated, idx));
        });
        return new LaneIndex(dated, List.copyOf(lanes), List.copyOf(laneEvents));
    }

    private static List<String> keys(Event e, LaneMode mode) {
        List<String> keys = new ArrayList<>(2);
        if (mode == LaneMode.ACTOR) {
            e.source().forEach(k -> addOnce(keys, k));
            e.target().forEach(k -> addOnce(keys, k));
        } else {
            e.passages().forEach(p -> addOnce(keys, p.articleId()));
        }
        return keys.isEmpty() ? List.of("") : keys;
    }

    private static void addOnce(List<String> keys, String k) {
        if (!keys.contains(k)) {
            keys.add(k);
        }
    }

    /** A growable int array, to avoid boxing a few hundred thousand indices. */
    private static final class IntList {
        int[] values = new int[16];
        int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }
    }

    private static LaneEvents sorted(List<Event> dated, IntList idx) {
        // sort primitive keys (start day in the high bits, event index in the low) to keep 100,000s fast
        long[] keys = new long[idx.size];
        for (int i = 0; i < keys.length; i++) {
            int e = idx.values[i];
            keys[i] = (dated.get(e).date().start().toEpochDay() + (1L << 30)) << 32 | e;
        }
        Arrays.sort(keys);
        double[] start = new double[keys.length];
        double[] end = new double[keys.length];
        int[] event = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            int e = (int) (keys[i] & 0xffffffffL);
            Event ev = dated.get(e);
            start[i] = ev.date().start().toEpochDay();
            end[i] = ev.date().end().toEpochDay() + 1;
            event[i] = e;
        }
        return new LaneEvents(start, end, event);
    }

    public List<Event> events() {
        return events;
    }

    public Event event(int index) {
        return events.get(index);
    }

    public List<Lane> lanes() {
        return lanes;
    }

    public LaneEvents laneEvents(int lane) {
        return laneEvents.get(lane);
    }

    public boolean isEmpty() {
        return events.isEmpty();
    }

    /** First day of the earliest event (epoch day), for "fit all". */
    public double minDay() {
        return isEmpty() ? LocalDate.now().toEpochDay() - 30 : minDay;
    }

    /** Day after the latest event ends. */
    public double maxDay() {
        return isEmpty() ? LocalDate.now().toEpochDay() + 1 : maxDay;
    }
}
