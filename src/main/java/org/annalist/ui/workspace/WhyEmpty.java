package org.annalist.ui.workspace;

import org.annalist.analysis.Analysis;
import org.annalist.events.Event;

/** Why a view has nothing to draw, decided once for every view that says so. */
public enum WhyEmpty {
    /** Articles are still being read and analysed. */
    LOADING,
    /** No article is open. */
    NOTHING_OPEN,
    /** Articles are open but none has a dated event. */
    NOTHING_DATED,
    /** Dated events exist, but the filters and dates leave none. */
    FILTERED_OUT;

    public static WhyEmpty of(WorkspaceViewModel workspace) {
        Analysis a = workspace.analysisProperty().get();
        if (workspace.tasks().runningProperty().get()) {
            return LOADING;
        }
        if (a.articles().isEmpty()) {
            return NOTHING_OPEN;
        }
        return a.events().stream().anyMatch(Event::isDated) ? FILTERED_OUT : NOTHING_DATED;
    }
}
