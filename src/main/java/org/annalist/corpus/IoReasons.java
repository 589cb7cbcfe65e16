package org.annalist.corpus;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;

/** Turns I/O exceptions into short reasons a user understands. */
final class IoReasons {

    private IoReasons() {
    }

    static String of(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "unreadable (permission denied)";
        }
        if (e instanceof NoSuchFileException) {
            return "unreadable: it vanished or is a broken symbolic link";
        }
        if (e instanceof FileSystemLoopException) {
            return "symbolic link loop: it leads back to a folder above it, not followed";
        }
        String m = e.getMessage();
        return "unreadable: " + (m == null ? e.getClass().getSimpleName() : JsonFields.shorten(m));
    }
}
