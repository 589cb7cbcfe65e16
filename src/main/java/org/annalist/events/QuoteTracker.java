package org.annalist.events;

/**
 * Whether a quotation is open at a given offset: quotes run to their closing mark or to the end of
 * the paragraph. Offsets must be asked in increasing order (one pass over the text).
 */
final class QuoteTracker {

    private final String text;
    private int position;
    private boolean open;

    QuoteTracker(String text) {
        this.text = text;
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
