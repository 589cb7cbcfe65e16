package org.annalist.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.annalist.analysis.Analyzer;

/**
 * The standard analyzer, built on a background thread at launch while JavaFX starts, so the
 * window takes a finished one instead of building the extractor on the FX thread before it shows.
 * Taken once: its merger keeps the clusters of its last run, so any later window builds its own.
 */
final class AnalyzerWarmUp {

    private static CompletableFuture<Analyzer> pending;

    private AnalyzerWarmUp() {
    }

    /** Starts building the standard analyzer on a daemon thread. */
    static synchronized void start() {
        CompletableFuture<Analyzer> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                f.complete(Analyzer.standard());
            } catch (RuntimeException | Error e) {
                f.completeExceptionally(e);
            }
        }, "annalist-rules-warm-up");
        t.setDaemon(true);
        t.start();
        pending = f;
    }

    /** The analyzer built at launch (waiting for it if need be), or a new one when none was started or it failed. */
    static Analyzer take() {
        CompletableFuture<Analyzer> f;
        synchronized (AnalyzerWarmUp.class) {
            f = pending;
            pending = null;
        }
        if (f != null) {
            try {
                return f.join();
            } catch (CompletionException e) {
                // fall through: build it here, where a failure reaches the window as before
            }
        }
        return Analyzer.standard();
    }
}
