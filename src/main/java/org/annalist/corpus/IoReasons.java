package org.annalist.corpus;

import java.io.IOException;

/** Turns I/O exceptions into short reasons a user understands. */
final class IoReasons {

    private IoReasons() {
    }

    static String of(IOException e) {
        return org.annalist.io.RegularFiles.reason(e);
    }
}
