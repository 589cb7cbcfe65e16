package org.annalist.ui.timeline;

import org.annalist.ui.workspace.WhyEmpty;
import org.annalist.ui.workspace.WorkspaceViewModel;

/**
 * What an empty timeline tells the user, by why it is empty: articles still being read, none open,
 * none with a dated act, or every act filtered out. One message for all four sent a user who had
 * just opened 1,000 articles to "Open articles".
 */
final class EmptyTimeline {

    private EmptyTimeline() {
    }

    static String message(WorkspaceViewModel workspace) {
        return switch (WhyEmpty.of(workspace)) {
            case LOADING -> "Reading and analysing articles… their events appear here as they are found.";
            case NOTHING_OPEN -> "No articles open. Open files (Ctrl+O) or a folder (Ctrl+Shift+O), or drop them on the window.";
            case NOTHING_DATED -> "None of the " + workspace.analysisProperty().get().articles().size()
                    + " articles has a dated event to draw. Their undated events are listed under \"undated\".";
            case FILTERED_OUT -> "No dated events in the chosen actors, types and dates. Widen the filters, or press Home to fit all.";
        };
    }
}
