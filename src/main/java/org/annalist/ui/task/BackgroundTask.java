package org.annalist.ui.task;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.annalist.task.CancelledException;
import org.annalist.io.PathText;
import org.annalist.logging.LogSink;
import org.annalist.task.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs long work (reading, analysing) off the FX thread with observable progress and cancel. The
 * executor is injected: the app uses a daemon thread, tests run the work on the calling thread.
 * Only one job runs at a time; starting another cancels the first once the confirmation hook agrees.
 */
public final class BackgroundTask {

    private final Executor executor;
    private final Executor uiThread;
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty message = new SimpleStringProperty("");
    private volatile Job current;
    private Predicate<String> confirmCancel = running -> true;
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTask.class);

    /** Background work on daemon threads, results on the FX thread. */
    public static BackgroundTask standard() {
        return new BackgroundTask(r -> {
            Thread t = new Thread(r, "annalist-worker");
            t.setDaemon(true);
            t.start();
        }, Platform::runLater);
    }

    /** Everything on the calling thread, for tests. */
    public static BackgroundTask sameThread() {
        return new BackgroundTask(Runnable::run, Runnable::run);
    }

    public BackgroundTask(Executor executor, Executor uiThread) {
        this.executor = executor;
        this.uiThread = uiThread;
    }

    private record Report(long done, long total, String text) {
    }

    private final class Job implements Progress {
        volatile boolean cancelled;
        /** Run on the UI thread when the job is cancelled (by the user or by a newer job). */
        Runnable onCancel = () -> { };

        /** The latest report not yet shown, and whether a UI update is already queued for it. */
        private final java.util.concurrent.atomic.AtomicReference<Report> latest = new java.util.concurrent.atomic.AtomicReference<>();
        private final java.util.concurrent.atomic.AtomicBoolean queued = new java.util.concurrent.atomic.AtomicBoolean();

        /**
         * Thousands of articles report from several threads: the UI shows the latest report, with at
         * most one update queued at a time, rather than queueing one per article.
         */
        @Override
        public void report(long done, long total, String text) {
            if (current != this) {
                return;
            }
            latest.set(new Report(done, total, text));
            if (!queued.compareAndSet(false, true)) {
                return;
            }
            uiThread.execute(() -> {
                queued.set(false);
                Report r = latest.get();
                if (current == this && r != null) {
                    progress.set(r.total() <= 0 ? -1 : r.done() / (double) r.total());
                    message.set(r.text());
                }
            });
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }

    /**
     * Runs {@code work}, then {@code done} with its result on the UI thread; {@code failed} with a
     * one-line reason on any failure, {@code Error}s included (the stack trace goes to the log). A
     * job already running is cancelled only when the confirmation hook agrees.
     *
     * @return false when the user chose to keep the running job (nothing was started)
     */
    public <T> boolean run(String title, Function<Progress, T> work, Consumer<T> done, Consumer<String> failed) {
        return run(title, work, done, failed, () -> { });
    }

    /** As {@link #run(String, Function, Consumer, Consumer)}, with {@code cancelled} run on the UI thread on a cancel. */
    public <T> boolean run(String title, Function<Progress, T> work, Consumer<T> done, Consumer<String> failed,
                           Runnable cancelled) {
        Job before = current;
        if (before != null && !confirmCancel.test(message.get())) {
            return false;
        }
        cancel();
        Job job = new Job();
        job.onCancel = cancelled;
        current = job;
        running.set(true);
        progress.set(-1);
        message.set(title);
        executor.execute(() -> {
            try {
                T result = work.apply(job);
                uiThread.execute(() -> finish(job, () -> done.accept(result)));
            } catch (CancelledException e) {
                uiThread.execute(() -> finish(job, () -> message.set("Cancelled")));
            } catch (Throwable e) { // an Error too: a task left "running" forever is worse than any failure
                LOG.error("{} failed", title, e);
                String why = e.getMessage() == null || e instanceof Error
                        ? describe(e) : PathText.escape(e.getMessage());
                uiThread.execute(() -> finish(job, () -> failed.accept(why)));
            }
        });
        return true;
    }

    /** A failure without a message of its own, in words: never just a class name. */
    private static String describe(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "out of memory (the inputs are too large for this machine; the log has the details: "
                    + LogSink.folder() + ")";
        }
        if (e instanceof StackOverflowError) {
            return "an input is nested too deeply to process (the log has the details: " + LogSink.folder() + ")";
        }
        return "internal error (" + e.getClass().getSimpleName() + "); the log has the details: " + LogSink.folder();
    }

    private void finish(Job job, Runnable then) {
        if (current != job) {
            return;
        }
        current = null;
        running.set(false);
        progress.set(0);
        if (!job.cancelled) {
            message.set("");
        }
        then.run();
    }

    /**
     * Asked, with the running job's message, before a new job cancels it; true lets the new job
     * start. The window asks the user; tests and the default agree.
     */
    public void setConfirmCancel(Predicate<String> confirm) {
        this.confirmCancel = confirm == null ? running -> true : confirm;
    }

    /**
     * For {@code work} that produces interim results (a corpus analysed so far): hands each one to
     * {@code show} on the UI thread while {@code job} (the progress the work was given) is still the
     * running job; after a cancel or a newer job they are dropped.
     */
    public <T> Consumer<T> interim(Progress job, Consumer<T> show) {
        return value -> {
            if (current == job) {
                uiThread.execute(() -> {
                    if (current == job) {
                        show.accept(value);
                    }
                });
            }
        };
    }

    public void cancel() {
        Job job = current;
        if (job != null) {
            job.cancelled = true;
            current = null;
            running.set(false);
            progress.set(0);
            message.set("Cancelled");
            job.onCancel.run();
        }
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }
}
