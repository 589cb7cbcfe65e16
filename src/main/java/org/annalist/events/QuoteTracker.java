package org.annalist.events;

/**
 * Whether a quotation is open at a given offset: quotes run to their closing mark or to the end of
 * the paragraph. Offsets must be asked in increasing order (one pass over the text).
 */
final class QuoteTracker {

    private final String text;
    private int position;
    private boolean open;
    private boolean continued;

    QuoteTracker(String text) {
        this.text = text;
    }

    /**
     * Whether the sentence {@code [offset, end)} starts inside a quotation: one opened before it, or one
     * that it only closes (its first quote mark is a closing one: the quote began on an earlier line,
     * e.g. a speaker's words over two paragraphs).
     */
    boolean openAt(int offset, int end) {
        continued = !openAt(offset) && firstMarkCloses(offset, Math.min(end, text.length()));
        if (continued) {
            open = true; // the sentence's closing mark will close it again
        }
        return open;
    }

    /** True when the last sentence asked only closes a quotation begun on an earlier line. */
    boolean continued() {
        return continued;
    }

    /** A curly closing mark, or a straight one glued to the word before it and not to the word after ("war," he said). */
    private boolean firstMarkCloses(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\u201c') {
                return false;
            }
            if (c == '\u201d') {
                return true;
            }
            if (c == '"') {
                boolean gluedBefore = i > from && !Character.isWhitespace(text.charAt(i - 1));
                boolean freeAfter = i + 1 >= to || !Character.isLetterOrDigit(text.charAt(i + 1));
                return gluedBefore && freeAfter;
            }
        }
        return false;
    }

    boolean openAt(int offset) {
        for (; position < offset && position < text.length(); position++) {
            char c = text.charAt(position);
            if (c == '\n') {
                open = false;
            } else if (c == '"') {
                open = !open;
            } else if (c == '\u201c') {
                open = true;
            } else if (c == '\u201d') {
                open = false;
            }
        }
        return open;
    }
}
