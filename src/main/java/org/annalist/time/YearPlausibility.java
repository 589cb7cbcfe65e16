package org.annalist.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Decides whether a bare four-digit number is a year. Clock times ("at 1850", "1900 GMT"), counts
 * ("more than 2000 people"), identifiers ("resolution 1973", "short URL 1721") are not; the rest is
 * a year when the words around it support it enough for its distance from the publication date: a
 * year far from it needs "in", "since", an era or a range, one near it needs nothing. The word lists
 * are in {@code context/years.json}.
 */
final class YearPlausibility {

    /** How far back in the text the cue words are looked for. */
    private static final int BEFORE_REACH = 40;
    private static final int AFTER_REACH = 30;
    /** A clock time right before a bracket: "9:49 a.m. (1649 in Egypt)". */
    private static final Pattern CLOCK_THEN_BRACKET = Pattern.compile(
            "\\d{1,2}[:.]\\d\\d\\s*(?:[ap]\\.?\\s?m\\.?)?\\s*(?:[A-Z]{2,4}\\s*)?\\(\\s*$", Pattern.CASE_INSENSITIVE);

    private final int nearPast;
    private final int nearFuture;
    private final int medium;
    private final Set<String> strongBefore;
    private final Pattern strongAfter;
    private final Set<String> mediumBefore;
    private final Pattern mediumAfter;
    private final Set<String> clockBefore;
    private final Pattern clockAfter;
    private final Set<String> countBefore;
    private final Pattern countAfter;
    private final Set<String> idBefore;
    private final Pattern idAfter;

    /**
     * The word lists of {@code context/years.json}, bound strictly (an unknown or missing key
     * fails the load, so a misspelt list name is never silently empty).
     */
    record Rules(String about, int nearPastYears, int nearFutureYears, int mediumYears,
            List<String> strongBefore, List<String> strongAfter, List<String> mediumBefore, List<String> mediumAfter,
            List<String> clockAfter, List<String> clockBefore, List<String> countBefore, List<String> countAfter,
            List<String> idBefore, List<String> idAfter) {
    }

    YearPlausibility(Rules rules) {
        nearPast = rules.nearPastYears();
        nearFuture = rules.nearFutureYears();
        medium = rules.mediumYears();
        strongBefore = before(rules.strongBefore());
        strongAfter = after(rules.strongAfter());
        mediumBefore = before(rules.mediumBefore());
        mediumAfter = after(rules.mediumAfter());
        clockBefore = before(rules.clockBefore());
        clockAfter = after(rules.clockAfter());
        countBefore = before(rules.countBefore());
        countAfter = after(rules.countAfter());
        idBefore = before(rules.idBefore());
        idAfter = after(rules.idAfter());
    }

    /**
     * True when the number at {@code [start, end)} of {@code text} reads as the year {@code year}
     * given the publication date {@code dct} (null: unknown).
     */
    boolean isYear(String text, int start, int end, int year, LocalDate dct) {
        int from = Math.max(0, start - BEFORE_REACH);
        String window = text.substring(from, start);
        List<String> before = lastPhrases(window, from == 0);
        String after = text.substring(end, Math.min(text.length(), end + AFTER_REACH));
        boolean strong = anyIn(before, strongBefore) || strongAfter.matcher(after).lookingAt();
        if (clockAfter.matcher(after).lookingAt()
                || window.stripTrailing().endsWith("(") && CLOCK_THEN_BRACKET.matcher(window).find()
                || !strong && isClock(year) && anyIn(before, clockBefore)) {
            return false;
        }
        if (anyIn(before, idBefore) || idAfter.matcher(after).lookingAt()
                || anyIn(before, countBefore) || !strong && countAfter.matcher(after).lookingAt()) {
            return false;
        }
        if (strong) {
            return true;
        }
        boolean supported = anyIn(before, mediumBefore) || mediumAfter.matcher(after).lookingAt();
        if (dct == null) {
            return supported;
        }
        int distance = year - dct.getYear();
        if (distance >= -nearPast && distance <= nearFuture) {
            return true;
        }
        return supported && Math.abs(distance) <= medium;
    }

    /** 0000 to 2359 with valid minutes: "at 1850" may be ten to seven in the evening. */
    private static boolean isClock(int number) {
        return number / 100 < 24 && number % 100 < 60;
    }

    /**
     * The last one to four space-separated words before the number, lower-case, as phrases
     * ("in", "in a.d.", ...); a word glued to the number ("mid-", "$") is a word of its own. A
     * window cut inside a word drops that word, so "within" never reads as "in".
     */
    private static List<String> lastPhrases(String window, boolean fromTextStart) {
        String[] words = window.toLowerCase(Locale.ROOT).trim().split("\\s+");
        int first = fromTextStart || Character.isWhitespace(window.isEmpty() ? ' ' : window.charAt(0)) ? 0 : 1;
        List<String> out = new ArrayList<>(8);
        String phrase = "";
        for (int i = words.length - 1; i >= first && i >= words.length - 4; i--) {
            if (words[i].isEmpty()) {
                break;
            }
            phrase = phrase.isEmpty() ? words[i] : words[i] + " " + phrase;
            out.add(phrase);
            String bare = phrase.replaceFirst("[,;:\"“”(]+$", "");
            if (!bare.equals(phrase) && !bare.isEmpty()) {
                out.add(bare);
            }
        }
        return out;
    }

    private static boolean anyIn(List<String> phrases, Set<String> words) {
        for (String p : phrases) {
            if (words.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> before(List<String> words) {
        Set<String> out = new HashSet<>();
        words.forEach(w -> out.add(w.toLowerCase(Locale.ROOT)));
        return out;
    }

    /** The phrases as whole words starting right after the number. */
    private static Pattern after(List<String> words) {
        return Pattern.compile("\\s*" + alternation(words) + "(?![\\p{L}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String alternation(List<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|", "(?:", ")"));
    }
}
