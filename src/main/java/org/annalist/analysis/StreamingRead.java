package org.annalist.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.annalist.corpus.Article;
import org.annalist.corpus.Corpus;
import org.annalist.corpus.ReadListener;
import org.annalist.task.CancelledException;
import org.annalist.task.Progress;

/**
 * A read of the inputs on its own thread that hands out each article as soon as it is assembled, so
 * the analysis of the first articles runs while later files are still read. The finished corpus may
 * hold changed copies of a few articles (an outlet's repeated lines, day/month order): the caller
 * compares before reusing what it analysed early.
 */
final class StreamingRead implements ReadListener {

    private static final long POLL_MILLIS = 50;

    private final List<Path> inputs;
    private final LinkedBlockingQueue<Article> queue = new LinkedBlockingQueue<>();
    private final List<Article> assembled = new ArrayList<>();
    private final AtomicInteger expected = new AtomicInteger();
    private final CompletableFuture<Corpus> corpus = new CompletableFuture<>();
    private volatile boolean cancelled;

    private StreamingRead(List<Path> inputs) {
        this.inputs = List.copyOf(inputs);
    }

    /** How inputs are read: {@link org.annalist.corpus.CorpusReader#read(List, Progress, ReadListener)}, or a test's stand-in. */
    interface Reading {
        Corpus read(List<Path> inputs, Progress progress, ReadListener listener);
    }

    /** Starts reading {@code inputs} with {@code reader} on a daemon thread. */
    static StreamingRead start(List<Path> inputs, Reading reader) {
        StreamingRead read = new StreamingRead(inputs);
        Progress cancel = new Progress() {
            @Override
            public void report(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return read.cancelled;
            }
        };
        Thread t = new Thread(() -> {
            try {
                read.corpus.complete(reader.read(read.inputs, cancel, read));
            } catch (RuntimeException | Error e) {
                read.corpus.completeExceptionally(e);
            }
        }, "annalist-reader");
        t.setDaemon(true);
        t.start();
        return read;
    }

    List<Path> inputs() {
        return inputs;
    }

    /** The finished read (tests, and a read ahead that nobody takes). */
    CompletableFuture<Corpus> future() {
        return corpus;
    }

    /** Stops reading at the next file or article. */
    void cancel() {
        cancelled = true;
    }

    @Override
    public void expecting(int more) {
        expected.addAndGet(more);
    }

    @Override
    public void assembled(Article article) {
        synchronized (assembled) {
            assembled.add(article);
        }
        queue.add(article);
    }

    /** How many articles are known to come, at least: grows as files are parsed. */
    int expected() {
        return expected.get();
    }

    /** Every article assembled so far, in the order they came. */
    List<Article> assembledSoFar() {
        synchronized (assembled) {
            return List.copyOf(assembled);
        }
    }

    /**
     * The next assembled article not yet handed out, waiting a little; null when none came in that
     * time or the read is over and every article was handed out (see {@link #drained}).
     */
    Article next() throws InterruptedException {
        Article a = queue.poll();
        if (a != null || corpus.isDone()) {
            return a;
        }
        return queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** True when the read is over (articles may still be queued: the finished corpus holds their final copies). */
    boolean over() {
        return corpus.isDone();
    }

    /** True when the read is over and every article it assembled was handed out. */
    boolean drained() {
        return corpus.isDone() && queue.isEmpty();
    }

    /** The finished corpus, waited for while {@code progress} is not cancelled; a failed read throws its error. */
    Corpus corpus(Progress progress) {
        while (true) {
            progress.checkCancelled();
            try {
                return corpus.get(100, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // still reading: look at the cancel button again
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancelledException();
            }
        }
    }
}
