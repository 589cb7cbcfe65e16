package org.annalist.corpus;

import java.util.List;
import java.util.Optional;
import org.annalist.text.Span;

/**
 * Related-story headlines glued before a body sentence with no cue ("Rebels gaining ground in Tripoli
 * Libyan rebels claim critical victory Most recently, rebel efforts ..."): the line's start up to a word
 * that opens a sentence and is never capitalized inside one ("It was", "But", "Most recently").
 */
final class GluedHeadlines {

    static final String GLUED = "boilerplate: related headlines glued to the text";
    /** Each strong opener split into its words once: it is tried at every word of every line. */
    private final List<String[]> strongOpeners;
    private final List<String> pronounOpeners;
    private final int minWords;
    private final int maxWords;
    /** Words a headline run never starts with: a sentence that lost its period ("He said at least 700 ... The attacks"). */
    private final List<String> notRunStarts;

    /** The {@code gluedHeadlines} object of {@code boilerplate.json}. */
    record Rules(List<String> strongOpeners, List<String> pronounOpeners, int minWords, int maxWords,
                 List<String> notRunStarts) {
    }

    GluedHeadlines(Rules json) {
        strongOpeners = json.strongOpeners().stream().map(o -> o.split(" ")).toList();
        pronounOpeners = List.copyOf(json.pronounOpeners());
        minWords = json.minWords();
        maxWords = json.maxWords();
        notRunStarts = List.copyOf(json.notRunStarts());
    }

    Optional<ExcludedRange> find(TextBlocks.Block line) {
        String s = line.text();
        String[] words = s.split(" ", maxWords + 3); // a one-character split: String's fast path, no regex
        if (notRunStarts.contains(words[0])) {
            return Optional.empty();
        }
        int at = 0;
        boolean capitalized = false;
        for (int k = 0; k < words.length - 1 && k <= maxWords; k++) {
            String w = words[k];
            // a colon before the opener introduces a quote ("His response: We are working ...")
            if (k >= minWords && capitalized && !words[k - 1].endsWith(":") && opensSentence(words, k)) {
                return Optional.of(new ExcludedRange(new Span(line.span().start(), line.span().start() + at), GLUED));
            }
            // sentence punctuation, brackets or an opening quote: not a run of headlines (a quoted headline stops it too)
            if (w.isEmpty() || w.chars().anyMatch(c -> ".!?;,\"“”()".indexOf(c) >= 0) || "`'‘’".indexOf(w.charAt(0)) >= 0) {
                return Optional.empty();
            }
            capitalized |= k > 0 && Character.isUpperCase(w.charAt(0));
            at += w.length() + 1;
        }
        return Optional.empty();
    }

    private boolean opensSentence(String[] words, int k) {
        for (String[] parts : strongOpeners) {
            if (k + parts.length <= words.length && matches(words, k, parts)) {
                return true;
            }
        }
        return pronounOpeners.contains(words[k]) && k + 1 < words.length && !words[k + 1].isEmpty()
                && Character.isLowerCase(words[k + 1].charAt(0));
    }

    /** The opener's words at k; its last word may carry a comma ("Most recently,"). */
    private static boolean matches(String[] words, int k, String[] parts) {
        for (int p = 0; p < parts.length; p++) {
            String w = words[k + p];
            if (p == parts.length - 1 && w.endsWith(",")) {
                w = w.substring(0, w.length() - 1);
            }
            if (!w.equals(parts[p])) {
                return false;
            }
        }
        return true;
    }
}
