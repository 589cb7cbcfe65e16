package org.annalist.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.annalist.events.Event;

/**
 * Where most events are: the time range views and exports open on, with the stray dates that lie
 * far outside it listed apart instead of stretching the axis to them.
 *
 * <p>Why: one misread year ("at 1850 GMT", a historical aside "235 years ago") among thousands of
 * events of 2011 would otherwise crush the real story into a few pixels. The rule is general, not
 * tuned to a corpus: the shortest stretch of days that holds {@code COVER} of the events (by start
 * day) is the core, like a highest-density interval; the range reaches out from the core by
 * {@code REACH} times the core's length (at least {@code MIN_REACH_DAYS}) and then shrinks to the
 * events actually inside. Events outside are outliers. Below {@code MIN_EVENTS} events the core
 * holds them all, so a small corpus shows every event.
 *
 * <p>Use {@link #of(List)} with the shown events; {@link #from()}/{@link #to()} are the inclusive
 * days to fit, {@link #before()}/{@link #after()} the outliers in time order, {@link #all()} the
 * whole extent for "fit all". The window's timeline, its overview strip, the picture exports and
 * the presentation strip should all call this one class so they agree on what "the events" span.
 *
 * @param from    first day of the fitted range (inclusive)
 * @param to      last day of the fitted range (inclusive)
 * @param before  dated events that end before {@code from}, earliest first
 * @param after   dated events that start after {@code to}, earliest first
 * @param allFrom first day of any dated event
 * @param allTo   last day of any dated event
 */
public record RobustRange(LocalDate from, LocalDate to, List<Event> before, List<Event> after, LocalDate allFrom,
                          LocalDate allTo) {

    /** Share of the events the core holds. */
    public static final double COVER = 0.9;
    /** Below this many events the core holds them all: too few to call any of them stray. */
    public static final int MIN_EVENTS = 20;
    /** How far beyond the core events still count as part of the story, in core lengths. */
    public static final double REACH = 0.5;
    /** Least reach in days, so a core of one busy week still takes in the days around it. */
    public static final double MIN_REACH_DAYS = 14;

    public RobustRange {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    /** The range of the dated events among {@code events}; empty when none is dated. */
    public static java.util.Optional<RobustRange> of(List<Event> events) {
        List<Event> dated = new ArrayList<>(events.stream().filter(Event::isDated).toList());
        if (dated.isEmpty()) {
            return java.util.Optional.empty();
        }
        dated.sort(Comparator.comparing((Event e) -> e.date().start()).thenComparing(Event::id));
        int n = dated.size();
        // the core: the shortest run of days holding COVER of the events (all of them below
        // 1 / (1 - COVER) events), so stray dates on one side cannot drag it along
        int m = n < MIN_EVENTS ? n : (int) Math.ceil(n * COVER);
        int best = 0;
        for (int i = 1; i + m - 1 < n; i++) {
            if (day(dated, i + m - 1) - day(dated, i) < day(dated, best + m - 1) - day(dated, best)) {
                best = i;
            }
        }
        long coreFrom = day(dated, best);
        long coreTo = day(dated, best + m - 1);
        double reach = Math.max(MIN_REACH_DAYS, (coreTo - coreFrom) * REACH);
        double lo = coreFrom - reach;
        double hi = coreTo + reach;
        List<Event> before = new ArrayList<>();
        List<Event> after = new ArrayList<>();
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        long allFrom = Long.MAX_VALUE;
        long allTo = Long.MIN_VALUE;
        for (Event e : dated) {
            long s = e.date().start().toEpochDay();
            long end = e.date().end().toEpochDay();
            allFrom = Math.min(allFrom, s);
            allTo = Math.max(allTo, end);
            if (end < lo) {
                before.add(e);
            } else if (s > hi) {
                after.add(e);
            } else {
                // an inside event that starts long before (a vague year) is cut at the reach
                from = Math.min(from, Math.max(s, (long) Math.floor(lo)));
                to = Math.max(to, Math.min(end, (long) Math.ceil(hi)));
            }
        }
        return java.util.Optional.of(new RobustRange(LocalDate.ofEpochDay(from), LocalDate.ofEpochDay(to),
                before, after, LocalDate.ofEpochDay(allFrom), LocalDate.ofEpochDay(allTo)));
    }

    /** How many dated events lie outside the fitted range. */
    public int outsideCount() {
        return before.size() + after.size();
    }

    private static long day(List<Event> sorted, int i) {
        return sorted.get(i).date().start().toEpochDay();
    }

    /** The outliers, earliest first. */
    public List<Event> outside() {
        List<Event> out = new ArrayList<>(before);
        out.addAll(after);
        return out;
    }

    /** True when some events lie outside, so "fit" and "fit all" differ. */
    public boolean hasOutliers() {
        return outsideCount() > 0;
    }

    /** A short phrase for badges and captions: "12 events outside 2011-02-03 – 2011-11-20 (9 before, 3 after)". */
    public String describeOutside() {
        return outsideCount() + " event" + (outsideCount() == 1 ? "" : "s") + " outside " + from + " – " + to
                + " (" + before.size() + " before, " + after.size() + " after)";
    }
}
