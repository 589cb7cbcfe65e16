package org.annalist.corpus;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.text.Span;

/** Finds dates where a publication date hides: metadata values, URLs, datelines, bylines, the text. */
final class DateFinder {

    private static final Pattern ISO_PREFIX = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d\\d(?!\\d)");
    /** A year, also glued to a day before it ("Apr 232017"): what a byline line must hold. */
    private static final Pattern YEAR_END = Pattern.compile("(?:19|20)\\d\\d(?!\\d)");
    private static final int BYLINE_MAX_LINE = 200;
    private static final int FULL_DATE_REACH = 60;
    private static final int YEAR_REACH_AFTER = 8;
    private static final Pattern BYLINE_SEPARATOR = Pattern.compile(".{0,80}[|·•—–(\\[-]");

    /**
     * A date found in a string, with the matched words; for a numeric date whose day/month order is
     * open, the other reading and why this one was taken (see {@link DateRules.Reading}).
     */
    record Found(LocalDate date, Span span, String text, LocalDate alternative, String order) {
        Found(LocalDate date, Span span, String text) {
            this(date, span, text, null, "");
        }
    }

    /** A dateline; {@code date} is null when it has no year of its own. */
    record Dateline(LocalDate date, String text, Matcher match) {
    }

    private final DateRules rules;

    DateFinder(DateRules rules) {
        this.rules = rules;
    }

    /** A metadata value: ISO date or date-time (its local date as written), or a written-out date. */
    Optional<LocalDate> parseValue(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Matcher iso = ISO_PREFIX.matcher(value);
        if (iso.find()) {
            try {
                LocalDate d = LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
                return rules.isPlausibleMetadataYear(d.getYear()) ? Optional.of(d) : Optional.empty();
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        return first(rules.fullDates, value, List.of()).map(Found::date);
    }

    Optional<Found> inUrl(String url) {
        return url == null ? Optional.empty() : first(rules.urlDates, url, List.of());
    }

    /** The first byline date: only short lines that write a year are searched. */
    Optional<Found> byline(String text, List<Span> skip, boolean updated) {
        List<Pattern> patterns = updated ? rules.updatedBylines : rules.publishedBylines;
        for (TextBlocks.Block line : TextBlocks.lines(text)) {
            if (line.text().length() > BYLINE_MAX_LINE || !YEAR_END.matcher(line.text()).find()) {
                continue;
            }
            Found best = null;
            for (Pattern p : patterns) {
                Matcher m = p.matcher(text).region(line.span().start(), line.span().end())
                        .useTransparentBounds(true).useAnchoringBounds(false);
                while (m.find()) {
                    DateRules.Reading r = rules.read(m, null);
                    Span span = new Span(m.start(), m.end());
                    if (r != null && isOutside(span, skip) && isBylinePosition(text, span)
                            && (best == null || span.start() < best.span().start()
                                || span.start() == best.span().start() && span.end() > best.span().end())) {
                        best = new Found(r.date(), span, m.group().strip(), r.alternative(), r.order());
                    }
                }
            }
            if (best != null) {
                return Optional.of(best);
            }
        }
        return Optional.empty();
    }

    /** The first dateline that opens a paragraph near the top of the article body. */
    Optional<Dateline> dateline(String text, int bodyStart) {
        int end = Math.min(text.length(), bodyStart + rules.datelineWindow);
        Dateline best = null;
        for (Pattern p : rules.datelines) {
            Matcher m = p.matcher(text).region(bodyStart, end);
            if (m.find() && (best == null || m.start() < best.match().start())) {
                String words = m.group().replaceAll("[\\s\\-–—:]+$", "").strip();
                best = new Dateline(DateRules.hasYear(m) ? rules.dateOf(m, null) : null, words, m);
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The first date that opens a line near the top of the body, alone or after a place
     * ("TUNIS | Wed Mar 2, 2011 12:20 pm EST", "24.08.2013", "PARIS, 24.08.2013 (AFP) -").
     */
    Optional<Found> topStamp(String text, int bodyStart, List<Span> skip) {
        int end = Math.min(text.length(), bodyStart + rules.datelineWindow);
        Found best = null;
        for (Pattern p : rules.topStamps) {
            Matcher m = p.matcher(text).region(bodyStart, end);
            while (m.find()) {
                Span span = new Span(m.start(), m.end());
                if (best != null && span.start() > best.span().start()) {
                    break;
                }
                DateRules.Reading r = rules.read(m, null);
                if (r != null && isOutside(span, skip)
                        && (best == null || span.start() < best.span().start() || span.end() > best.span().end())) {
                    best = new Found(r.date(), span, m.group().strip(), r.alternative(), r.order());
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** True when the words before {@code span} make its date a deadline or a plan ("by March 31", "will ... on"). */
    /** How far below the start of the body a dateline or date stamp may stand. */
    int topWindow() {
        return rules.datelineWindow;
    }

    boolean isDeadline(String text, Span span) {
        String before = text.substring(Math.max(0, span.start() - 30), span.start());
        return rules.deadlineCues.stream().anyMatch(p -> p.matcher(before).find());
    }

    /** The date of a year-less dateline in the given year, or null when impossible. */
    LocalDate datelineIn(Dateline dateline, int year) {
        return rules.dateOf(dateline.match(), year);
    }

    /** Every plausible, fully specified date the text mentions outside {@code skip}. */
    List<Found> fullDates(String text, List<Span> skip) {
        List<Found> out = new ArrayList<>();
        forEachMatch(rules.fullDates, text, FULL_DATE_REACH, m -> {
            LocalDate d = rules.dateOf(m, null);
            Span span = new Span(m.start(), m.end());
            if (d != null && isOutside(span, skip)) {
                out.add(new Found(d, span, m.group().strip()));
            }
        });
        return out;
    }

    /** The latest plausible year written in the text outside {@code skip}, if any. */
    Optional<Integer> latestYear(String text, List<Span> skip) {
        Matcher m = YEAR.matcher(text);
        Integer best = null;
        while (m.find()) {
            int y = Integer.parseInt(m.group());
            if (rules.isPlausibleYear(y) && y <= LocalDate.now().getYear() && isOutside(new Span(m.start(), m.end()), skip)
                    && (best == null || y > best)) {
                best = y;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Runs {@code action} on every match of {@code patterns} in {@code text}, each distinct span once. A full date always holds
     * a year, so only the stretches around year numbers are searched: a 10 KB article is scanned once
     * for years instead of once per pattern.
     */
    private static void forEachMatch(List<Pattern> patterns, String text, int reachBefore, Consumer<Matcher> action) {
        List<int[]> windows = new ArrayList<>();
        Matcher y = YEAR.matcher(text);
        while (y.find()) {
            int from = Math.max(0, y.start() - reachBefore);
            int to = Math.min(text.length(), y.end() + YEAR_REACH_AFTER);
            if (!windows.isEmpty() && windows.get(windows.size() - 1)[1] >= from) {
                windows.get(windows.size() - 1)[1] = to;
            } else {
                windows.add(new int[] {from, to});
            }
        }
        Set<Span> seen = new HashSet<>();
        for (int[] w : windows) {
            for (Pattern p : patterns) {
                Matcher m = p.matcher(text).region(w[0], w[1]).useTransparentBounds(true).useAnchoringBounds(false);
                while (m.find()) {
                    if (seen.add(new Span(m.start(), m.end()))) {
                        action.accept(m);
                    }
                }
            }
        }
    }

    private Optional<Found> first(List<Pattern> patterns, String s, List<Span> skip) {
        Found best = null;
        for (Pattern p : patterns) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                LocalDate d = rules.dateOf(m, null);
                Span span = new Span(m.start(), m.end());
                if (d != null && isOutside(span, skip)) {
                    if (best == null || span.start() < best.span().start()) {
                        best = new Found(d, span, m.group());
                    }
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean isOutside(Span span, List<Span> skip) {
        return skip.stream().noneMatch(s -> s.overlaps(span));
    }

    /**
     * A byline stands on a (short) line of its own, its cue first or after a separator ("By A. Writer |
     * Published ..."); "a statement published on 24 January 2017" inside a sentence is not one.
     */
    private static boolean isBylinePosition(String text, Span span) {
        int from = text.lastIndexOf('\n', span.start()) + 1;
        String before = text.substring(from, span.start()).strip();
        return before.isEmpty() || BYLINE_SEPARATOR.matcher(before).matches();
    }
}
