package org.annalist.corpus;

/** A file that cannot become an article; the message is the one-line reason shown to the user. */
final class BadInputException extends Exception {

    BadInputException(String reason) {
        super(reason, null, false, false);
    }
}
