package org.annalist.project;

import org.annalist.analysis.Analysis;
import org.annalist.analysis.AnalysisSession;
import org.annalist.analysis.Analyzer;
import org.annalist.task.Progress;

/** Opening a project: read its inputs afresh, analyse them, then re-apply the corrections. */
public final class ProjectOpener {

    private final Analyzer analyzer;
    private final boolean systemFoldersConfirmed;

    public ProjectOpener(Analyzer analyzer) {
        this(analyzer, false);
    }

    /** @param systemFoldersConfirmed the user agreed to read the inputs {@link SystemFolders} flags */
    public ProjectOpener(Analyzer analyzer, boolean systemFoldersConfirmed) {
        this.analyzer = analyzer;
        this.systemFoldersConfirmed = systemFoldersConfirmed;
    }

    public CorrectionApplier.Result open(Project project, Progress progress) {
        return new CorrectionApplier(analyzer).apply(read(project, progress), project.corrections());
    }

    /**
     * The project's inputs read and analysed afresh. A root, the home folder or a system folder
     * among them is refused unless confirmed (see {@link SystemFolders}).
     */
    public Analysis read(Project project, Progress progress) {
        java.util.List<java.nio.file.Path> risky = SystemFolders.among(project.inputs());
        if (!systemFoldersConfirmed && !risky.isEmpty()) {
            throw new IllegalArgumentException("the project reads " + org.annalist.io.PathText.escape(risky.get(0))
                    + ", a system folder or the whole disk; open it only after confirming");
        }
        return new AnalysisSession(analyzer).open(project.inputs(), progress);
    }
}
