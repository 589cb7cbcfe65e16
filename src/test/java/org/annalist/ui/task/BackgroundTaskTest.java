package org.annalist.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.annalist.task.Progress;
import org.junit.jupiter.api.Test;

/** Interim results, cancel and progress of background work, with the work and the UI queue under the test's control. */
class BackgroundTaskTest {

    private final List<Runnable> work = new ArrayList<>();
    private final List<Runnable> ui = new ArrayList<>();
    private final BackgroundTask tasks = new BackgroundTask(work::add, ui::add);

    private void runUi() {
        List<Runnable> queued = new ArrayList<>(ui);
        ui.clear();
        queued.forEach(Runnable::run);
    }

    @Test
    void interimResultsReachTheUiWhileTheJobRunsAndAreDroppedOnceItIsCancelled() {
        List<String> shown = new ArrayList<>();
        boolean[] cancelled = {false};
        AtomicReference<Consumer<String>> interim = new AtomicReference<>();
        tasks.run("Loading", p -> {
            interim.set(tasks.interim(p, shown::add));
            return "whole";
        }, shown::add, e -> { }, () -> cancelled[0] = true);
        work.get(0).run(); // the work starts, takes its interim sink, finishes; its result waits on the UI queue
        ui.clear();        // ... which the test drops: the job is still the running one
        interim.get().accept("part 1");
        runUi();
        assertThat(shown).containsExactly("part 1");
        tasks.cancel();
        assertThat(cancelled[0]).isTrue();
        interim.get().accept("part 2");
        runUi();
        assertThat(shown).containsExactly("part 1");
        assertThat(tasks.messageProperty().get()).isEqualTo("Cancelled");
    }

    @Test
    void manyProgressReportsQueueOneUiUpdateThatShowsTheLatest() {
        AtomicReference<Progress> job = new AtomicReference<>();
        tasks.run("Loading", p -> {
            job.set(p);
            return 1;
        }, r -> { }, e -> { });
        work.get(0).run();
        ui.clear(); // the job's completion, not wanted here: it stays running
        for (int i = 1; i <= 1000; i++) {
            job.get().report(i, 1000, "Analysing " + i + " of 1000 articles");
        }
        assertThat(ui).hasSize(1);
        runUi();
        assertThat(tasks.messageProperty().get()).isEqualTo("Analysing 1000 of 1000 articles");
        assertThat(tasks.progressProperty().get()).isEqualTo(1.0);
        job.get().report(1, 2, "Merging");
        assertThat(ui).hasSize(1);
    }
}
