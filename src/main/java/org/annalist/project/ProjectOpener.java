package org.annalist.project;

import org.annalist.analysis.Analysis;
import org.annalist.analysis.Analyzer;
import org.annalist.corpus.Corpus;
import org.annalist.corpus.CorpusReader;
import org.annalist.task.Progress;

/** Opening a project: read its inputs afresh, analyse them, then re-apply the corrections. */
public final class ProjectOpener {

    private final Analyzer analyzer;

    public ProjectOpener(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    public CorrectionApplier.Result open(Project project, Progress progress) {
        Corpus corpus = new CorpusReader().read(project.inputs(), progress);
        Analysis fresh = analyzer.analyze(corpus, progress);
        return new CorrectionApplier(analyzer).apply(fresh, project.corrections());
    }
}
