package org.annalist.ui.canvas;

import javafx.application.Platform;

/**
 * Queues a canvas repaint at most once until it runs: many property changes in one event make one
 * frame. The owner's repaint calls {@link #done()} first, so a direct repaint (tests, a resize)
 * lets the next change queue a new one.
 */
public final class CoalescedRedraw {

    private final Runnable redraw;
    private boolean pending;

    public CoalescedRedraw(Runnable redraw) {
        this.redraw = redraw;
    }

    public void request() {
        if (!pending) {
            pending = true;
            Platform.runLater(redraw);
        }
    }

    public void done() {
        pending = false;
    }
}
