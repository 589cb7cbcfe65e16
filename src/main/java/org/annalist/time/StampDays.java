package org.annalist.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The days of a live blog's stamps. Blogs run either way: oldest entry first, or newest first (CNN's
 * "(7:55 p.m. Monday ET, ...)" pages). A stamp naming a weekday is the nearest such day on or after the day
 * before publication (a stamp in US time, "10:30 p.m. Monday ET", may be a day behind a publication date
 * written in the region's time: it is that Monday, not a week later); a stamp without one takes the day of the stamp written just before it (in time, not in
 * text order), one day later when its clock is earlier than that stamp's (midnight passed); before the first
 * named day, the day of the stamp written after it, one day earlier when its clock is later (never before
 * publication). The order is read from the stamps themselves: their named days, else the clocks of
 * neighbours naming the same day (or none), else all clocks.
 */
final class StampDays {

    /** One stamp: its weekday (null when it names none) and its first clock in minutes (-1 when none). */
    record Stamp(DayOfWeek weekday, int minutes) {
    }

    private StampDays() {
    }

    /** The day of each stamp, in text order. */
    static List<LocalDate> resolve(List<Stamp> stamps, LocalDate published) {
        List<Stamp> inTime = new ArrayList<>(stamps);
        boolean newestFirst = newestFirst(stamps, published);
        if (newestFirst) {
            java.util.Collections.reverse(inTime);
        }
        int n = inTime.size();
        LocalDate[] days = new LocalDate[n];
        boolean[] anchored = new boolean[n];
        LocalDate day = published;
        int clock = -1;
        boolean named = false;
        for (int i = 0; i < n; i++) { // forward in time from a named day (or from publication)
            Stamp s = inTime.get(i);
            if (s.weekday() != null) {
                day = stampDay(published, s.weekday());
                named = true;
            } else if (passedMidnight(clock, s.minutes())) {
                day = day.plusDays(1); // "11:40 p.m." then "(Update 12:10 a.m. ...)": the next day
            }
            clock = s.minutes() >= 0 ? s.minutes() : clock;
            days[i] = day;
            anchored[i] = named;
        }
        for (int i = n - 2; i >= 0; i--) { // before the first named day: backward from the stamp after it
            if (!anchored[i] && anchored[i + 1]) {
                int later = inTime.get(i + 1).minutes();
                int own = inTime.get(i).minutes();
                LocalDate back = passedMidnight(own, later) ? days[i + 1].minusDays(1) : days[i + 1];
                // the first post is the publication (or the US-time day before it, when the stamp after names that day)
                LocalDate floor = days[i + 1].isBefore(published) ? days[i + 1] : published;
                days[i] = back.isBefore(floor) ? floor : back;
                anchored[i] = true;
            }
        }
        List<LocalDate> out = new ArrayList<>(java.util.Arrays.asList(days));
        if (newestFirst) {
            java.util.Collections.reverse(out);
        }
        return out;
    }

    /**
     * True when a clock {@code then} following {@code before} lies past midnight: earlier on the clock, by a jump
     * of at most {@value #NIGHT} minutes ("11:40 p.m." then "12:10 a.m."; not "7:31 p.m." then "12:24 p.m.",
     * a stamp giving the other zone first).
     */
    private static boolean passedMidnight(int before, int then) {
        return before >= 0 && then >= 0 && then < before && then + DAY_MINUTES - before <= NIGHT;
    }

    private static final int DAY_MINUTES = 24 * 60;
    private static final int NIGHT = 12 * 60;

    /** True when the stamps run backwards in text order: by their named days, else by their clocks. */
    static boolean newestFirst(List<Stamp> stamps, LocalDate published) {
        int byDays = 0;
        Stamp lastNamed = null;
        for (Stamp s : stamps) {
            if (s.weekday() == null) {
                continue;
            }
            if (lastNamed != null) {
                byDays += Integer.signum(compare(s, lastNamed, published));
            }
            lastNamed = s;
        }
        if (byDays != 0) {
            return byDays < 0;
        }
        int sameDay = clockVotes(stamps, true);
        return (sameDay != 0 ? sameDay : clockVotes(stamps, false)) < 0;
    }

    /** Later clocks minus earlier ones between neighbours; {@code sameDay}: only neighbours naming the same day (or none). */
    private static int clockVotes(List<Stamp> stamps, boolean sameDay) {
        int votes = 0;
        for (int i = 1; i < stamps.size(); i++) {
            Stamp a = stamps.get(i - 1);
            Stamp b = stamps.get(i);
            if (a.minutes() >= 0 && b.minutes() >= 0 && (!sameDay || a.weekday() == b.weekday())) {
                votes += Integer.signum(b.minutes() - a.minutes());
            }
        }
        return votes;
    }

    private static int compare(Stamp later, Stamp earlier, LocalDate published) {
        int days = stampDay(published, later.weekday()).compareTo(stampDay(published, earlier.weekday()));
        return days != 0 ? days : Integer.compare(later.minutes(), earlier.minutes());
    }

    /** A stamp's weekday: the nearest such day from the day before publication on (a zone behind the publication's). */
    static LocalDate stampDay(LocalDate published, DayOfWeek day) {
        return onOrAfter(published.minusDays(1), day);
    }

    static LocalDate onOrAfter(LocalDate from, DayOfWeek day) {
        return from.plusDays((day.getValue() - from.getDayOfWeek().getValue() + 7) % 7);
    }
}
