package org.annalist.events;

/**
 * Whether a quotation is open at a given offset: quotes run to their closing mark or to the end of
 * the paragraph, unless the next lines carry no quote mark until one that closes it (a speaker's
 * words over several lines: {@code "It is not simply ... / Turkey for example ... / ...," says X}).
 * Offsets must be asked in increasing order (one pass over the text).
 */
final class QuoteTracker {

    private final String text;
    private int position;
    private boolean open;
    private boolean continued;
    /** True while the open quotation was carried over a line break. */
    private boolean carried;
    /** How many lines a quotation may be carried over to find its closing mark. */
    private static final int MAX_CARRIED_LINES = 6;

    QuoteTracker(String text) {
        this.text = text;
    }

    /**
     * Whether the sentence {@code [offset, end)} starts inside a quotation: one opened before it, or one
     * that it only closes (its first quote mark is a closing one: the quote began on an earlier line,
     * e.g. a speaker's words over two paragraphs).
     */
    boolean openAt(int offset, int end) {
        boolean wasOpen = openAt(offset);
        continued = carried && wasOpen || !wasOpen && firstMarkCloses(offset, Math.min(end, text.length()));
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
        return firstMark(from, to) > 0;
    }

    /** The first quote mark of {@code [from, to)}: 1 when it closes, -1 when it opens, 0 when there is none. */
    private int firstMark(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\u201c') {
                return -1;
            }
            if (c == '\u201d') {
                return 1;
            }
            if (c == '"') {
                boolean gluedBefore = i > from && !Character.isWhitespace(text.charAt(i - 1));
                boolean freeAfter = i + 1 >= to || !Character.isLetterOrDigit(text.charAt(i + 1));
                return gluedBefore && freeAfter ? 1 : -1;
            }
        }
        return 0;
    }

    /**
     * True when the quotation open at the line break {@code newline} goes on: the next lines (no empty one
     * between) carry no quote mark until one whose first mark closes it.
     */
    private boolean carriesOver(int newline) {
        int from = newline + 1;
        for (int line = 0; line < MAX_CARRIED_LINES && from < text.length(); line++) {
            int to = text.indexOf('\n', from);
            to = to < 0 ? text.length() : to;
            if (text.substring(from, to).isBlank()) {
                return false; // a paragraph break ends the quotation
            }
            int mark = firstMark(from, to);
            if (mark != 0) {
                return mark > 0;
            }
            from = to + 1;
        }
        return false;
    }

    boolean openAt(int offset) {
        for (; position < offset && position < text.length(); position++) {
            char c = text.charAt(position);
            if (c == '\n') {
                carried = open && carriesOver(position);
                open = carried;
            } else if (c == '"') {
                open = !open;
            } else if (c == '\u201c') {
                open = true;
            } else if (c == '\u201d') {
                open = false;
            }
            carried &= open;
        }
        return open;
    }
}
