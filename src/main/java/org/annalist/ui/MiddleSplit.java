package org.annalist.ui;

import javafx.beans.InvalidationListener;
import javafx.scene.control.SplitPane;

/**
 * The divider between the timeline and the lower pane (actor graph, event table, problems). On a
 * short window the default share left the graph about 150 px high at 1366x768, too little to read
 * a labelled graph: the first layout gives the lower pane at least {@link #LOWER_MIN} px, up to half
 * of the middle. A divider already moved (remembered from the last run) is left alone.
 */
final class MiddleSplit {

    /** The least height the lower pane gets at the first layout, while the timeline keeps half. */
    static final double LOWER_MIN = 300;
    /** The timeline's share while the graph is enlarged: its axis, a few lanes and the overview stay. */
    static final double ENLARGED_TIMELINE_SHARE = 0.3;

    private MiddleSplit() {
    }

    static void giveTheLowerPaneRoom(SplitPane middle) {
        double initial = middle.getDividerPositions()[0];
        InvalidationListener once = new InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable o) {
                double h = middle.getHeight();
                if (h <= 0) {
                    return;
                }
                middle.heightProperty().removeListener(this);
                if (Math.abs(middle.getDividerPositions()[0] - initial) < 1e-9) {
                    middle.setDividerPositions(timelineShare(h, initial));
                }
            }
        };
        middle.heightProperty().addListener(once);
    }

    /** The timeline's share of a middle pane {@code height} px high. */
    static double timelineShare(double height, double preferred) {
        return Math.max(0.5, Math.min(preferred, 1 - LOWER_MIN / height));
    }
}
