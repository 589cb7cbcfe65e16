package org.annalist.corpus;

import java.util.ArrayList;
import java.util.List;
import org.annalist.text.Span;

/** Splits text into lines and paragraphs with their offsets, trimmed of surrounding white space. */
final class TextBlocks {

    /** A trimmed, non-blank stretch of text and where it lies. */
    record Block(Span span, String text) {
    }

    private TextBlocks() {
    }

    /** Non-blank lines, in order. */
    static List<Block> lines(String text) {
        List<Block> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? n : nl;
            addTrimmed(text, start, end, out);
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return out;
    }

    /** Paragraphs: runs of non-blank lines separated by at least one blank line. */
    static List<Block> paragraphs(String text) {
        return paragraphs(text, 0);
    }

    /** Paragraphs made of the lines that start at or after {@code from}. */
    static List<Block> paragraphs(String text, int from) {
        List<Block> out = new ArrayList<>();
        int paraStart = -1;
        int paraEnd = -1;
        for (Block line : lines(text)) {
            if (line.span().start() < from) {
                continue;
            }
            if (paraStart >= 0 && hasBlankLineBetween(text, paraEnd, line.span().start())) {
                addTrimmed(text, paraStart, paraEnd, out);
                paraStart = -1;
            }
            if (paraStart < 0) {
                paraStart = line.span().start();
            }
            paraEnd = line.span().end();
        }
        if (paraStart >= 0) {
            addTrimmed(text, paraStart, paraEnd, out);
        }
        return out;
    }

    private static boolean hasBlankLineBetween(String text, int from, int to) {
        int newlines = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                newlines++;
            }
        }
        return newlines >= 2;
    }

    private static void addTrimmed(String text, int start, int end, List<Block> out) {
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Block(new Span(start, end), text.substring(start, end)));
        }
    }

    private static boolean isSpace(char c) {
        return TextDecoder.isSpace(c);
    }
}
