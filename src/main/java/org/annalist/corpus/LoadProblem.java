package org.annalist.corpus;

import java.nio.file.Path;

/** An input that could not be read, with a one-line reason fit to show a user. */
public record LoadProblem(Path path, String reason) {

    /** "path: reason", the form printed on stderr and in the problems list. */
    public String message() {
        return path + ": " + reason;
    }
}
