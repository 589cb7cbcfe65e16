package org.annalist.project;

import org.annalist.analysis.Analysis;
import org.annalist.analysis.AnalysisSession;
import org.annalist.analysis.Analyzer;
import org.annalist.task.Progress;

/** Opening a project: read its inputs afresh, analyse them, then re-apply the corrections. */
public final class ProjectOpener {

    private final Analyzer analyzer;

    public ProjectOpener(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    public CorrectionApplier.Result open(Project project, Progress progress) {
        return new CorrectionApplier(analyzer).apply(read(project, progress), project.corrections());
    }

    /** The project's inputs read and analysed afresh, before any correction (editors keep it to re-apply edits). */
    public Analysis read(Project project, Progress progress) {
        return new AnalysisSession(analyzer).open(project.inputs(), progress);
    }
}
