package org.annalist.analysis;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.annalist.corpus.Corpus;
import org.annalist.corpus.CorpusReader;
import org.annalist.task.Progress;

/**
 * A read of the inputs started before anyone asks for it: the app reads the files it was started
 * on while JavaFX starts up and the window is built, so the window's first open finds them read.
 * Only the first open of the very same inputs takes it; any other open drops it.
 */
final class ReadAhead {

    private record Pending(List<Path> inputs, CompletableFuture<Corpus> corpus) {
    }

    private static final AtomicReference<Pending> PENDING = new AtomicReference<>();

    private ReadAhead() {
    }

    static void start(List<Path> inputs) {
        List<Path> copy = List.copyOf(inputs);
        CompletableFuture<Corpus> corpus = new CompletableFuture<>();
        PENDING.set(new Pending(copy, corpus));
        Thread t = new Thread(() -> {
            try {
                corpus.complete(new CorpusReader().read(copy, Progress.NONE));
            } catch (RuntimeException | Error e) {
                corpus.completeExceptionally(e); // the open reads again and reports what goes wrong
            }
        }, "annalist-read-ahead");
        t.setDaemon(true);
        t.start();
    }

    /** The read under way or done, or null when none waits to be taken (tests). */
    static CompletableFuture<Corpus> pending() {
        Pending p = PENDING.get();
        return p == null ? null : p.corpus();
    }

    /**
     * The corpus read ahead for {@code inputs}, waited for while {@code progress} is not cancelled;
     * empty when none was started for them or it failed (the caller then reads itself).
     */
    static Optional<Corpus> take(List<Path> inputs, Progress progress) {
        Pending p = PENDING.getAndSet(null);
        if (p == null || !p.inputs().equals(inputs)) {
            return Optional.empty();
        }
        progress.report(0, inputs.size(), "Reading " + inputs.size() + " input(s)");
        while (true) {
            progress.checkCancelled();
            try {
                return Optional.of(p.corpus().get(100, TimeUnit.MILLISECONDS));
            } catch (TimeoutException e) {
                // still reading: look at the cancel button again
            } catch (ExecutionException e) {
                return Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }
}
