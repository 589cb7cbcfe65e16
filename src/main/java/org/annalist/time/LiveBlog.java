package org.annalist.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.text.Span;
import org.annalist.text.StrictJson;

/**
 * Live blogs: articles made of entries stamped "(Update 1:33 a.m. Wednesday in Cairo, ...)" whose
 * entries run on for days after the publication date (the first post). Each entry is read against
 * its own day, so "reported Wednesday" or a bare "9:47 a.m." in a later entry is not resolved
 * backwards from the first post. Words and patterns in {@code context/liveblog.json}.
 */
public final class LiveBlog {

    /** The bound file (every key required). */
    record Rules(String about, List<String> openers, String clock, int maxStampLength,
                 List<String> weekdays, List<String> loneWeekdayWords, String aboutDatedStamp, String datedStamp,
                 String lineStamp) {
    }

    /** One entry: from its stamp to the next stamp, and the day it was written. */
    public record Entry(int start, int end, LocalDate day) {
    }

    private final Pattern stamp;
    /** "(6:32 a.m. Monday ET, 12:32 p.m. Monday in Libya)" opening a line: a stamp without an opener word. */
    private final Pattern lineStamp;
    private final Pattern clock;
    /** "updated: Thu Apr 07 2011 20:20:00" before a glued story blurb: the blurb's own date. */
    private final Pattern datedStamp;
    private final List<String> weekdays;
    private final Set<String> loneWords;

    LiveBlog(Rules rules) {
        String openers = String.join("|", rules.openers());
        int max = rules.maxStampLength();
        this.stamp = Pattern.compile("[(\\[]\\s*(?:" + openers + ")\\b[^()\\[\\]\\n]{0," + max + "}[)\\]]",
                Pattern.CASE_INSENSITIVE);
        this.clock = Pattern.compile(rules.clock(), Pattern.CASE_INSENSITIVE);
        this.lineStamp = Pattern.compile(rules.lineStamp().replace("%clock", rules.clock())
                .replace("%weekday", String.join("|", rules.weekdays())) + "[^()\\[\\]\\n]{0," + max + "}[)\\]]",
                Pattern.CASE_INSENSITIVE);
        this.datedStamp = Pattern.compile(rules.datedStamp(), Pattern.CASE_INSENSITIVE);
        this.weekdays = List.copyOf(rules.weekdays());
        this.loneWords = Set.copyOf(rules.loneWeekdayWords());
    }

    /** The rules of {@code context/liveblog.json}, loaded once and shared (immutable). */
    public static LiveBlog standard() {
        return Holder.BLOG;
    }

    private static final class Holder {
        static final LiveBlog BLOG = new LiveBlog(StrictJson.resource(LiveBlog.class,
                "/org/annalist/time/context/liveblog.json", Rules.class));
    }

    /** The day each entry of a live blog was written, by the entry's first offset; empty for other articles. */
    public java.util.NavigableMap<Integer, LocalDate> entryDays(String text, LocalDate published) {
        java.util.NavigableMap<Integer, LocalDate> days = new java.util.TreeMap<>();
        entries(text, published).forEach(e -> days.put(e.start(), e.day()));
        return days;
    }

    /** The entries of {@code text}, in text order; empty when it is no live blog. */
    public List<Entry> entries(String text, LocalDate published) {
        if (published == null) {
            return new ArrayList<>();
        }
        // the time tagger and the event extractor both ask, one after the other on one thread
        LastEntries memo = last.get();
        if (memo != null && memo.text() == text && memo.published().equals(published)) {
            return new ArrayList<>(memo.entries());
        }
        List<Entry> entries = find(text, published);
        last.set(new LastEntries(text, published, List.copyOf(entries)));
        return entries;
    }

    /** The last article's entries on this thread, by the identity of its text. */
    private record LastEntries(String text, LocalDate published, List<Entry> entries) {
    }

    private final ThreadLocal<LastEntries> last = new ThreadLocal<>();

    private List<Entry> find(String text, LocalDate published) {
        List<Entry> entries = new ArrayList<>();
        java.util.TreeMap<Integer, String> stamps = new java.util.TreeMap<>();
        if (containsIgnoreCase(text, "updat")) {
            for (Matcher m = stamp.matcher(text); m.find(); ) {
                stamps.put(m.start(), m.group());
            }
        }
        for (Matcher m = lineStamp.matcher(text); m.find(); ) {
            stamps.putIfAbsent(m.start(), m.group());
        }
        List<Integer> starts = new ArrayList<>();
        List<StampDays.Stamp> found = new ArrayList<>();
        for (java.util.Map.Entry<Integer, String> at : stamps.entrySet()) {
            Matcher c = clock.matcher(at.getValue());
            if (!c.find()) {
                continue; // "(Updates with quote from ...)" is a revision note, not an entry
            }
            starts.add(at.getKey());
            found.add(new StampDays.Stamp(regionWeekday(at.getValue()), minutes(c.group())));
        }
        List<LocalDate> days = StampDays.resolve(found, published);
        java.util.TreeMap<Integer, LocalDate> all = new java.util.TreeMap<>();
        for (int i = 0; i < starts.size(); i++) {
            all.put(starts.get(i), days.get(i));
        }
        all.putAll(datedStamps(text)); // a blurb's own date wins over a clock stamp at the same place
        for (java.util.Map.Entry<Integer, LocalDate> at : all.entrySet()) {
            Integer next = all.higherKey(at.getKey());
            entries.add(new Entry(at.getKey(), next == null ? text.length() : next, at.getValue()));
        }
        return entries;
    }

    /**
     * Whether {@code text} holds the ASCII word part {@code part} in any letter case, as a search of
     * the lowercased text would find it (no other character lowercases to these letters), without
     * making a lowercased copy of the whole article.
     */
    static boolean containsIgnoreCase(String text, String part) {
        char first = part.charAt(0);
        char upper = Character.toUpperCase(first);
        for (int i = 0, end = text.length() - part.length(); i <= end; i++) {
            char c = text.charAt(i);
            if ((c == first || c == upper) && text.regionMatches(true, i, part, 0, part.length())) {
                return true;
            }
        }
        return false;
    }

    /** The blurbs stamped with a full date ("updated: Thu Apr 07 2011 20:20:00"), by offset. */
    java.util.TreeMap<Integer, LocalDate> datedStamps(String text) {
        java.util.TreeMap<Integer, LocalDate> out = new java.util.TreeMap<>();
        if (!containsIgnoreCase(text, "updated")) {
            return out;
        }
        for (Matcher m = datedStamp.matcher(text); m.find(); ) {
            int month = "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(m.group(1).toLowerCase(Locale.ROOT)) / 3 + 1;
            try {
                out.put(m.start(), LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(2))));
            } catch (java.time.DateTimeException e) {
                // "updated: Mon Feb 31 2011": no such day, no entry
            }
        }
        return out;
    }

    /**
     * Re-reads the entries of a live blog against their own days: {@code found} (tagged against the
     * publication date) keeps what lies before the first entry.
     */
    List<TimeExpression> retag(RuleTagger tagger, String text, LocalDate published, List<TimeExpression> found) {
        List<Entry> entries = entries(text, published);
        if (entries.isEmpty()) {
            return found;
        }
        java.util.Set<Integer> dated = datedStamps(text).keySet(); // a blurb's date says nothing of a blog's span
        LocalDate last = entries.stream().filter(e -> !dated.contains(e.start())).map(Entry::day)
                .max(LocalDate::compareTo).orElse(published);
        boolean forward = last.isAfter(published);
        List<TimeExpression> out = new ArrayList<>();
        for (TimeExpression t : found) {
            if (t.span().start() < entries.get(0).start()) {
                out.add(t);
            }
        }
        for (Entry e : entries) {
            String part = text.substring(e.start(), e.end());
            for (TimeExpression t : tagger.tag(part, e.day())) {
                TimeExpression shifted = new TimeExpression(
                        new Span(t.span().start() + e.start(), t.span().end() + e.start()),
                        t.text(), t.type(), t.value(), t.start(), t.end());
                out.add(forward && !dated.contains(e.start()) ? notBefore(shifted, published, last) : shifted);
            }
        }
        return out;
    }

    /** A lone weekday resolved before publication moves to the same weekday within the blog's span. */
    private TimeExpression notBefore(TimeExpression t, LocalDate published, LocalDate last) {
        // the day before publication stays: a blog written in US time may be a day behind its publication date
        if (!t.isAnchored() || !t.start().equals(t.end()) || !t.start().isBefore(published.minusDays(1)) || !loneWeekday(t.text())) {
            return t;
        }
        LocalDate moved = onOrAfter(published, t.start().getDayOfWeek());
        if (moved.isAfter(last) || t.value().length() < 10 || !t.value().startsWith(t.start().toString())) {
            return t;
        }
        return new TimeExpression(t.span(), t.text(), t.type(), moved + t.value().substring(10), moved, moved);
    }

    private boolean loneWeekday(String text) {
        boolean day = false;
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (weekdays.contains(w)) {
                day = true;
            } else if (!loneWords.contains(w)) {
                return false; // "last Saturday", "Saturday, Jan. 22" say their own day
            }
        }
        return day;
    }

    /**
     * The stamp's day in the region: of two neighbouring weekdays ("7:55 p.m. Monday ET, 1:55 a.m. Tuesday in
     * Libya") the later one, whichever zone comes first; else the first weekday named.
     */
    private DayOfWeek regionWeekday(String s) {
        DayOfWeek first = firstWeekday(s);
        if (first == null) {
            return null;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        DayOfWeek next = first.plus(1);
        return Pattern.compile("\\b" + weekdays.get(next.getValue() - 1) + "\\b").matcher(lower).find() ? next : first;
    }

    private DayOfWeek firstWeekday(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        int best = Integer.MAX_VALUE;
        DayOfWeek found = null;
        for (int i = 0; i < weekdays.size(); i++) {
            Matcher w = Pattern.compile("\\b" + weekdays.get(i) + "\\b").matcher(lower);
            if (w.find() && w.start() < best) {
                best = w.start();
                found = DayOfWeek.of(i + 1);
            }
        }
        return found;
    }

    private static LocalDate onOrAfter(LocalDate from, DayOfWeek day) {
        return StampDays.onOrAfter(from, day);
    }

    /** "7:31 p.m." as minutes after midnight; "12:24 a.m." is 24. */
    static int minutes(String clock) {
        Matcher m = CLOCK_PARTS.matcher(clock);
        if (!m.find()) {
            return -1;
        }
        int hour = Integer.parseInt(m.group(1)) % 12;
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        boolean pm = Character.toLowerCase(m.group(3).charAt(0)) == 'p';
        return (hour + (pm ? 12 : 0)) * 60 + minute;
    }

    private static final Pattern CLOCK_PARTS = Pattern.compile("(\\d{1,2})(?::(\\d\\d))?\\s*([ap])", Pattern.CASE_INSENSITIVE);
}
