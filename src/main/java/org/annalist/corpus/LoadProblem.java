package org.annalist.corpus;

import java.nio.file.Path;
import org.annalist.io.PathText;

/** An input that could not be read, with a one-line reason fit to show a user. */
public record LoadProblem(Path path, String reason) {

    /**
     * "path: reason", the form printed on stderr and in the problems list: one line, control
     * characters of the file name shown as escapes ({@code \n}, {@code \e}).
     */
    public String message() {
        return PathText.escape(path) + ": " + PathText.escape(reason);
    }
}
