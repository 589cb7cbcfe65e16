package org.annalist.task;

/** Thrown out of long work when the user cancelled it. */
public final class CancelledException extends RuntimeException {
    public CancelledException() {
        super("cancelled", null, false, false);
    }
}
