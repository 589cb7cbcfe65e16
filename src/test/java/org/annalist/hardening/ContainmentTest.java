package org.annalist.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.annalist.logging.LogSink;
import org.annalist.ui.task.BackgroundTask;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Seen and contained: every background failure ends its task with a message and a logged stack trace. */
class ContainmentTest {

    @Test
    void anErrorEndsItsTaskWithAMessageAndALoggedStackTrace() throws Exception {
        BackgroundTask tasks = BackgroundTask.sameThread();
        List<String> failures = new ArrayList<>();
        tasks.run("Reading 3 inputs", p -> {
            throw new StackOverflowError();
        }, r -> { }, failures::add);

        assertThat(tasks.runningProperty().get()).isFalse();
        assertThat(failures).singleElement().asString().contains("nested too deeply");
        assertThat(Files.readString(LogSink.file())).contains("Reading 3 inputs failed", "java.lang.StackOverflowError",
                "\tat ");
    }

    @Test
    void slf4jWritesToTheRotatingLogInTheDataFolder() throws Exception {
        LoggerFactory.getLogger("hardening").warn("a warning with {}", "an argument");
        assertThat(LogSink.file()).isRegularFile();
        assertThat(Files.readString(LogSink.file())).contains("WARN", "a warning with an argument");
    }

    @Test
    void aNewJobAsksBeforeCancellingARunningOne() {
        List<Runnable> queued = new ArrayList<>();
        BackgroundTask tasks = new BackgroundTask(queued::add, Runnable::run);
        List<String> asked = new ArrayList<>();
        tasks.setConfirmCancel(running -> {
            asked.add(running);
            return false;
        });
        tasks.run("Reading 1,000 inputs", p -> 1, r -> { }, e -> { });
        boolean started = tasks.run("Opening case.annalist.json", p -> 2, r -> { }, e -> { });

        assertThat(asked).containsExactly("Reading 1,000 inputs");
        assertThat(started).isFalse();
        assertThat(tasks.messageProperty().get()).isEqualTo("Reading 1,000 inputs");
    }
}
