package org.annalist;

import org.annalist.cli.AnnalistCommand;

/**
 * Entry point of {@code annalist.jar}. Deliberately not a JavaFX {@code Application}, so that
 * {@code java -jar} works with JavaFX on the class path and batch commands never touch JavaFX.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        int status = AnnalistCommand.run(args);
        if (status != 0 || !AnnalistCommand.keepsRunning(args)) {
            System.exit(status);
        }
    }
}
