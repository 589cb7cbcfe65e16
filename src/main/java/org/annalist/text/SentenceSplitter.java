package org.annalist.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits English news text into sentences. A line break always ends a sentence (news paragraphs);
 * a '.', '!' or '?' ends one when followed by space and a capital, a digit or a quote, unless the
 * word before the dot is a known abbreviation ("Mr.", "Sept.") or an initial; after an initialism
 * ("U.S.", "U.N.") only a typical sentence opener ("The", "He") starts a new sentence. The word
 * lists are data ({@code sentences.json}).
 */
public final class SentenceSplitter {

    private static final SentenceSplitter STANDARD = load();

    private final Set<String> abbreviations;
    private final Set<String> starters;

    public SentenceSplitter(Set<String> abbreviations, Set<String> starters) {
        this.abbreviations = Set.copyOf(abbreviations);
        this.starters = Set.copyOf(starters);
    }

    public static SentenceSplitter standard() {
        return STANDARD;
    }

    private static SentenceSplitter load() {
        try (InputStream in = SentenceSplitter.class.getResourceAsStream("sentences.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            return new SentenceSplitter(strings(root.path("abbreviations")), strings(root.path("sentenceStarters")));
        } catch (IOException e) {
            throw new UncheckedIOException("sentences.json unreadable", e);
        }
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> out = new HashSet<>();
        array.forEach(n -> out.add(n.asText().toLowerCase(Locale.ROOT)));
        return out;
    }

    /** Sentence spans of {@code text}, trimmed of surrounding space, in order. */
    public List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                emit(text, start, i, out);
                start = i + 1;
            } else if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i)) {
                int end = i + 1;
                while (end < n && isCloser(text.charAt(end))) {
                    end++;
                }
                emit(text, start, end, out);
                start = end;
                i = end - 1;
            }
        }
        emit(text, start, n, out);
        return out;
    }

    private boolean endsSentence(String text, int dot) {
        int j = dot + 1;
        while (j < text.length() && isCloser(text.charAt(j))) {
            j++;
        }
        if (j >= text.length()) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(j))) {
            return false;
        }
        while (j < text.length() && text.charAt(j) == ' ') {
            j++;
        }
        if (j >= text.length() || text.charAt(j) == '\n') {
            return true;
        }
        char next = text.charAt(j);
        boolean opener = Character.isUpperCase(next) || Character.isDigit(next) || "\"'\u201c\u2018(-\u2013".indexOf(next) >= 0;
        if (!opener || text.charAt(dot) != '.') {
            return opener;
        }
        String word = wordBefore(text, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false; // an initial: "John F. Kennedy"
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (abbreviations.contains(lower)) {
            return false;
        }
        if (word.contains(".")) { // "U.S." ends a sentence only before a typical opener
            return starters.contains(nextWord(text, j).toLowerCase(Locale.ROOT));
        }
        return true;
    }

    private static String wordBefore(String text, int dot) {
        int k = dot;
        while (k > 0 && (Character.isLetterOrDigit(text.charAt(k - 1)) || text.charAt(k - 1) == '.')) {
            k--;
        }
        return text.substring(k, dot);
    }

    private static String nextWord(String text, int j) {
        int k = j;
        while (k < text.length() && Character.isLetter(text.charAt(k))) {
            k++;
        }
        return text.substring(j, k);
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == '\u201d' || c == '\u2019' || c == ']';
    }

    private static void emit(String text, int s, int e, List<Span> out) {
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new Span(s, e));
        }
    }
}
