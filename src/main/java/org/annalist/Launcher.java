package org.annalist;

import org.annalist.cli.AnnalistCommand;
import org.annalist.logging.LogSink;
import org.slf4j.LoggerFactory;

/**
 * Entry point of {@code annalist.jar}. Deliberately not a JavaFX {@code Application}, so that
 * {@code java -jar} works with JavaFX on the class path and batch commands never touch JavaFX.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        // batch commands show warnings on stderr as well as in the log; the window shows them itself
        LogSink.warningsToStderr(!AnnalistCommand.keepsRunning(args));
        Thread.setDefaultUncaughtExceptionHandler((t, e) ->
                LoggerFactory.getLogger(Launcher.class).error("uncaught in thread {}", t.getName(), e));
        int status = AnnalistCommand.run(args);
        if (status != 0 || !AnnalistCommand.keepsRunning(args)) {
            System.exit(status);
        }
    }
}
