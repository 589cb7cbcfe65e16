package org.annalist.time;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
    private final Pattern strongBefore;
    private final Pattern strongAfter;
    private final Pattern mediumBefore;
    private final Pattern mediumAfter;
    private final Pattern clockBefore;
    private final Pattern clockAfter;
    private final Pattern countBefore;
    private final Pattern countAfter;
    private final Pattern idBefore;
    private final Pattern idAfter;

    YearPlausibility(JsonNode json) {
        nearPast = json.path("nearPastYears").asInt(25);
        nearFuture = json.path("nearFutureYears").asInt(5);
        medium = json.path("mediumYears").asInt(120);
        strongBefore = before(json.path("strongBefore"));
        strongAfter = after(json.path("strongAfter"));
        mediumBefore = before(json.path("mediumBefore"));
        mediumAfter = after(json.path("mediumAfter"));
        clockBefore = before(json.path("clockBefore"));
        clockAfter = after(json.path("clockAfter"));
        countBefore = before(json.path("countBefore"));
        countAfter = after(json.path("countAfter"));
        idBefore = before(json.path("idBefore"));
        idAfter = after(json.path("idAfter"));
    }

    /**
     * True when the number at {@code [start, end)} of {@code text} reads as the year {@code year}
     * given the publication date {@code dct} (null: unknown).
     */
    boolean isYear(String text, int start, int end, int year, LocalDate dct) {
        int from = Math.max(0, start - BEFORE_REACH);
        // a window cut inside a word starts at its next space, so "within" never reads as "in"
        String before = from == 0 ? " " + text.substring(0, start) : text.substring(from, start).replaceFirst("^\\S*", "");
        String after = text.substring(end, Math.min(text.length(), end + AFTER_REACH));
        boolean strong = strongBefore.matcher(before).find() || strongAfter.matcher(after).lookingAt();
        if (clockAfter.matcher(after).lookingAt() || CLOCK_THEN_BRACKET.matcher(before).find()
                || !strong && isClock(year) && clockBefore.matcher(before).find()) {
            return false;
        }
        if (idBefore.matcher(before).find() || idAfter.matcher(after).lookingAt()
                || countBefore.matcher(before).find() || !strong && countAfter.matcher(after).lookingAt()) {
            return false;
        }
        if (strong) {
            return true;
        }
        boolean supported = mediumBefore.matcher(before).find() || mediumAfter.matcher(after).lookingAt();
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

    /** The phrases as whole words ending right before the number. */
    private static Pattern before(JsonNode words) {
        return Pattern.compile("(?:^|[^\\p{L}\\p{N}])" + alternation(words) + "\\s*$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The phrases as whole words starting right after the number. */
    private static Pattern after(JsonNode words) {
        return Pattern.compile("\\s*" + alternation(words) + "(?![\\p{L}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String alternation(JsonNode words) {
        List<String> list = new ArrayList<>();
        words.forEach(w -> list.add(w.asText()));
        return list.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|", "(?:", ")"));
    }
}
