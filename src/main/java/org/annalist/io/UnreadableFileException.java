package org.annalist.io;

import java.io.IOException;

/** A file that {@link RegularFiles} refused to read; the message is the one-line reason, without the path. */
public final class UnreadableFileException extends IOException {

    private static final long serialVersionUID = 1L;

    public UnreadableFileException(String reason) {
        super(reason);
    }
}
