package org.annalist.analysis;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.annalist.corpus.Corpus;
import org.annalist.corpus.CorpusReader;

/**
 * A read of the inputs started before anyone asks for it: the app reads the files it was started
 * on while JavaFX starts up and the window is built, so the window's first open finds them read or
 * being read (and analyses the articles already read while the rest is read).
 * Only the first open of the very same inputs takes it; any other open drops it.
 */
final class ReadAhead {

    private static final AtomicReference<StreamingRead> PENDING = new AtomicReference<>();

    private ReadAhead() {
    }

    static void start(List<Path> inputs) {
        StreamingRead old = PENDING.getAndSet(StreamingRead.start(inputs, new CorpusReader()::read));
        if (old != null) {
            old.cancel();
        }
    }

    /** The read under way or done, or null when none waits to be taken (tests). */
    static CompletableFuture<Corpus> pending() {
        StreamingRead p = PENDING.get();
        return p == null ? null : p.future();
    }

    /** The read started ahead for {@code inputs}, done or not; empty when none was started for them. */
    static Optional<StreamingRead> take(List<Path> inputs) {
        StreamingRead p = PENDING.getAndSet(null);
        if (p == null) {
            return Optional.empty();
        }
        if (!p.inputs().equals(inputs)) {
            p.cancel(); // nobody will take it
            return Optional.empty();
        }
        return Optional.of(p);
    }
}
