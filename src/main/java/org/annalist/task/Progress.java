package org.annalist.task;

/**
 * How long work reports how far it got and learns that the user cancelled it. Core code calls it
 * from worker threads; the UI adapts it to a JavaFX task, the command line ignores it.
 */
public interface Progress {

    /** A sink that reports nowhere and is never cancelled. */
    Progress NONE = new Progress() {
        @Override
        public void report(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    void report(long done, long total, String message);

    boolean isCancelled();

    /** Throws {@link CancelledException} when the user cancelled; long loops call it per item. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
