package org.annalist.ui.graph;

import org.annalist.graph.GraphModel;

/**
 * Keeps a large actor graph readable: 170 actors in a pane of 700 x 300 px are a hairball, so
 * past {@link #MOST_ACTORS} actors the graph opens with the least shared-events threshold that
 * leaves at most that many (the focus actors always stay), and says what it left out.
 */
final class ReadableGraph {

    /** About as many nodes as stay legible, labels included, in the window's graph pane. */
    static final int MOST_ACTORS = 40;

    private ReadableGraph() {
    }

    /** The least edge weight at which {@code all} shows at most {@link #MOST_ACTORS} actors (1 when it already does). */
    static int threshold(GraphModel all, boolean focusOnly) {
        if (all.filtered(1, focusOnly).nodes().size() <= MOST_ACTORS) {
            return 1;
        }
        // the node count only falls as the threshold rises: bisect
        int lo = 2;
        int hi = Math.max(2, all.maxWeight() + 1);
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (all.filtered(mid, focusOnly).nodes().size() <= MOST_ACTORS) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** The note over the graph: what is left out and why, or "" when everything is drawn. */
    static String note(GraphModel all, GraphModel shown, int minWeight, boolean readable) {
        int total = all.nodes().size();
        int drawn = shown.nodes().size();
        if (drawn >= total) {
            return "";
        }
        String what = drawn + " of " + total + " actors";
        return readable
                ? what + " (links of " + minWeight + "+ shared events, chosen to keep the graph readable)"
                : what + " shown";
    }
}
