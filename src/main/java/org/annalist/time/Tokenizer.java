package org.annalist.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into tokens in one linear pass, and marks sentence starts (after '.', '!', '?' or a
 * blank line, unless the dot ends a known abbreviation or a single letter). Rules are only tried
 * at token starts, so the text is scanned once.
 */
final class Tokenizer {

    private final Set<String> abbreviations;

    Tokenizer(Set<String> abbreviations) {
        this.abbreviations = abbreviations;
    }

    List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 5 + 8);
        int n = text.length();
        int i = 0;
        boolean boundary = true;
        int newlines = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (c == '\n' && ++newlines >= 2) {
                    boundary = true;
                }
                i++;
                continue;
            }
            newlines = 0;
            int start = i;
            Token.Kind kind;
            if (Character.isLetter(c)) {
                while (i < n && Character.isLetter(text.charAt(i))) {
                    i++;
                }
                kind = Token.Kind.WORD;
            } else if (Character.isDigit(c)) {
                while (i < n && Character.isDigit(text.charAt(i))) {
                    i++;
                }
                kind = Token.Kind.NUMBER;
            } else {
                i++;
                kind = Token.Kind.PUNCT;
            }
            String lower = kind == Token.Kind.PUNCT && c < PUNCT.length ? PUNCT[c]
                    : kind == Token.Kind.WORD ? lower(text, start, i) : text.substring(start, i);
            tokens.add(new Token(start, i, lower, kind, boundary));
            boundary = kind == Token.Kind.PUNCT && endsSentence(lower, tokens);
        }
        return tokens;
    }

    private static final String[] PUNCT = new String[128];

    static {
        for (char c = 0; c < PUNCT.length; c++) {
            PUNCT[c] = String.valueOf(c);
        }
    }

    /** Lower case without the locale machinery for the usual all-ASCII word. */
    private static String lower(String text, int start, int end) {
        boolean upper = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                return text.substring(start, end).toLowerCase(java.util.Locale.ROOT);
            }
            upper |= c >= 'A' && c <= 'Z';
        }
        if (!upper) {
            return text.substring(start, end); // most words: one copy, no lowering
        }
        byte[] bytes = new byte[end - start];
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            bytes[i - start] = (byte) (c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        return new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private boolean endsSentence(String punct, List<Token> tokens) {
        if (punct.equals("!") || punct.equals("?")) {
            return true;
        }
        if (!punct.equals(".") || tokens.size() < 2) {
            return false;
        }
        Token before = tokens.get(tokens.size() - 2);
        if (before.end() != tokens.get(tokens.size() - 1).start()) {
            return true;
        }
        return !(before.isWord() && (before.lower().length() == 1 || abbreviations.contains(before.lower())));
    }
}
