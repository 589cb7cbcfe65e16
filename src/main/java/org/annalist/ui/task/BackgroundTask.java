package org.annalist.ui.task;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
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
import org.annalist.task.Progress;

/**
 * Runs long work (reading, analysing) off the FX thread with observable progress and cancel. The
 * executor is injected: the app uses a daemon thread, tests run the work on the calling thread.
 * Only one job runs at a time; starting another cancels the first.
 */
public final class BackgroundTask {

    private final Executor executor;
    private final Executor uiThread;
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty message = new SimpleStringProperty("");
    private volatile Job current;

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

    private final class Job implements Progress {
        volatile boolean cancelled;

        @Override
        public void report(long done, long total, String text) {
            if (current != this) {
                return;
            }
            uiThread.execute(() -> {
                if (current == this) {
                    progress.set(total <= 0 ? -1 : done / (double) total);
                    message.set(text);
                }
            });
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }

    /** Runs {@code work}, then {@code done} with its result on the UI thread; {@code failed} on error. */
    public <T> void run(String title, Function<Progress, T> work, Consumer<T> done, Consumer<String> failed) {
        cancel();
        Job job = new Job();
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
            } catch (RuntimeException e) {
                uiThread.execute(() -> finish(job, () -> failed.accept(e.getMessage() == null
                        ? e.getClass().getSimpleName() : e.getMessage())));
            }
        });
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

    public void cancel() {
        Job job = current;
        if (job != null) {
            job.cancelled = true;
            current = null;
            running.set(false);
            progress.set(0);
            message.set("Cancelled");
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
