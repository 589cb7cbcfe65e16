package org.annalist.text;

/**
 * One word or punctuation mark of a text.
 *
 * @param start offset of its first character
 * @param end   offset after its last character
 * @param text  the covered text
 * @param lower the text in lower case, for matching
 */
public record Token(int start, int end, String text, String lower) {

    public boolean isWord() {
        return Character.isLetterOrDigit(text.charAt(0));
    }

    public boolean isCapitalized() {
        return Character.isUpperCase(text.charAt(0));
    }

    public Span span() {
        return new Span(start, end);
    }
}
