package org.annalist.time;

/**
 * One token of the text: a run of letters, a run of digits, or a single other non-space character.
 *
 * @param start     first char index
 * @param end       index after the last char
 * @param lower     the token text in lower case (the trigger-index key)
 * @param kind      what the token is made of
 * @param sentenceStart true when a sentence boundary precedes this token
 */
record Token(int start, int end, String lower, Kind kind, boolean sentenceStart) {

    enum Kind { WORD, NUMBER, PUNCT }

    boolean isWord() {
        return kind == Kind.WORD;
    }
}
