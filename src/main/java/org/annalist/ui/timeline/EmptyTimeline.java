package org.annalist.ui.timeline;

import org.annalist.analysis.Analysis;
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
        Analysis a = workspace.analysisProperty().get();
        if (workspace.tasks().runningProperty().get()) {
            return "Reading and analysing articles… their events appear here as they are found.";
        }
        if (a.articles().isEmpty()) {
            return "No articles open. Open files (Ctrl+O) or a folder (Ctrl+Shift+O), or drop them on the window.";
        }
        if (a.events().stream().noneMatch(e -> e.isDated())) {
            return "None of the " + a.articles().size() + " articles has a dated event to draw. "
                    + "Their undated events are listed under \"undated\".";
        }
        return "No dated events in the chosen actors, types and dates. Widen the filters, or press Home to fit all.";
    }
}
