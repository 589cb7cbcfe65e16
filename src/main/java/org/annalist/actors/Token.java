package org.annalist.actors;

/**
 * A word or punctuation mark of a text, as the recognizer sees it.
 *
 * @param start      offset of the first char
 * @param end        offset after the last char
 * @param text       the original characters
 * @param norm       lowercase, accents removed, typographic quotes and dashes unified
 * @param word       true for a run of letters or digits, false for a punctuation mark
 * @param spaceBefore whitespace separates it from the previous token
 */
record Token(int start, int end, String text, String norm, boolean word, boolean spaceBefore) {

    boolean capitalised() {
        return word && Character.isUpperCase(text.charAt(0));
    }

    boolean allCaps() {
        if (!word) {
            return false;
        }
        boolean letter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    boolean is(String normalised) {
        return norm.equals(normalised);
    }
}
