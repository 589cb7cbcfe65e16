package org.annalist.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits text into word and punctuation tokens with normalised forms; stateless. */
final class Tokenizer {

    private Tokenizer() {
    }

    private static final String[] ASCII = new String[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = String.valueOf(c);
        }
    }

    static List<Token> tokens(String text) {
        char[] chars = text.toCharArray();
        List<Token> out = new ArrayList<>(chars.length / 5 + 4);
        int n = chars.length;
        int i = 0;
        boolean space = true;
        while (i < n) {
            char c = chars[i];
            if (isSpace(c)) {
                space = true;
                i++;
                continue;
            }
            int start = i;
            if (isWordChar(c)) {
                while (i < n && isWordChar(chars[i])) {
                    i++;
                }
                String t = new String(chars, start, i - start);
                out.add(new Token(start, i, t, normalise(t), true, space));
            } else {
                i++;
                String t = c < 128 ? ASCII[c] : String.valueOf(c);
                out.add(new Token(start, i, t, punctuation(c), false, space));
            }
            space = false;
        }
        return out;
    }

    private static boolean isSpace(char c) {
        if (c < 128) {
            return c == ' ' || (c >= '\t' && c <= '\r');
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isWordChar(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static String punctuation(char c) {
        return switch (c) {
            case '\u2019', '\u2018', '`', '\u00B4', '\u02BC' -> "'";
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014' -> "-";
            default -> c < 128 ? ASCII[c] : String.valueOf(c);
        };
    }

    /** Lowercase with accents removed, so "Élysée" and "Elysee" meet. */
    static String normalise(String word) {
        boolean ascii = true;
        for (int i = 0; i < word.length() && ascii; i++) {
            ascii = word.charAt(i) < 128;
        }
        if (ascii) {
            return word.toLowerCase(Locale.ROOT);
        }
        String stripped = Normalizer.normalize(word, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace('ı', 'i').replace('ø', 'o').replace('ł', 'l').replace('đ', 'd');
        return stripped.replace("ß", "ss").toLowerCase(Locale.ROOT);
    }
}
