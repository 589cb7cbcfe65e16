package org.annalist.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A light English tokenizer: words keep inner hyphens, apostrophes and dots of abbreviations
 * ("U.S.", "al-Assad", "don't" stays one token); a possessive "'s" is split off; any other
 * non-space character is a token of its own.
 */
public final class Tokenizer {

    /** Tokens of {@code text[from, to)}, offsets into {@code text}. */
    public List<Token> tokenize(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int j = wordEnd(text, i, to);
                int possessive = possessiveStart(text, i, j);
                if (possessive > i) {
                    add(out, text, i, possessive);
                    add(out, text, possessive, j);
                } else {
                    add(out, text, i, j);
                }
                i = j;
            } else {
                add(out, text, i, i + 1);
                i++;
            }
        }
        return out;
    }

    public List<Token> tokenize(String text) {
        return tokenize(text, 0, text.length());
    }

    private static int wordEnd(String text, int i, int to) {
        int j = i + 1;
        while (j < to) {
            char c = text.charAt(j);
            if (Character.isLetterOrDigit(c)) {
                j++;
            } else if (isJoiner(c) && j + 1 < to && Character.isLetterOrDigit(text.charAt(j + 1))) {
                j += 2;
            } else if (c == '.' && isInitialism(text, i, j)) {
                j++; // "U.S." keeps its final dot
            } else {
                break;
            }
        }
        return j;
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '\u2019' || c == '.' || c == '&';
    }

    /** "U.S" / "U.N" so far: single letters separated by dots. */
    private static boolean isInitialism(String text, int start, int dot) {
        return dot - start >= 3 && text.charAt(start + 1) == '.' && Character.isUpperCase(text.charAt(dot - 1));
    }

    private static int possessiveStart(String text, int start, int end) {
        if (end - start > 2 && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')) {
            char q = text.charAt(end - 2);
            if (q == '\'' || q == '\u2019') {
                return end - 2;
            }
        }
        return start;
    }

    private static void add(List<Token> out, String text, int s, int e) {
        String t = text.substring(s, e);
        out.add(new Token(s, e, t, t.toLowerCase(Locale.ROOT).replace('\u2019', '\'')));
    }
}
