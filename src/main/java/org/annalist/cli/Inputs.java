package org.annalist.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.annalist.analysis.Analysis;
import org.annalist.analysis.AnalysisSession;
import org.annalist.analysis.Analyzer;
import org.annalist.corpus.Corpus;
import org.annalist.corpus.CorpusReader;
import org.annalist.corpus.FileSizeLimit;
import org.annalist.corpus.LoadProblem;
import org.annalist.export.Picture;
import org.annalist.export.View;
import org.annalist.io.PathText;
import org.annalist.io.RegularFiles;
import org.annalist.task.Progress;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Reads the PATH arguments the way every batch command does and reports unreadable inputs on stderr,
 * one line each. The largest file read is set with {@code -Dannalist.maxFileSize=SIZE} (default 20MB).
 */
final class Inputs {

    private static final int SKIPPED_NAMED = 5;

    private Inputs() {
    }

    static Corpus read(List<Path> paths, PrintWriter err) {
        return reported(new CorpusReader(sizeLimit(err)).read(paths, Progress.NONE), err);
    }

    /** {@code corpus}, its problems and notes said on {@code err}, one line each. */
    private static Corpus reported(Corpus corpus, PrintWriter err) {
        for (LoadProblem p : corpus.problems()) {
            err.println("annalist: " + p.message());
        }
        for (LoadProblem n : corpus.notes()) {
            err.println("annalist: note: " + n.message());
        }
        if (!corpus.skipped().isEmpty()) {
            err.println("annalist: note: skipped " + corpus.skipped().size() + " file(s) of other kinds: " + corpus.skipped()
                    .stream().limit(SKIPPED_NAMED).map(PathText::escape).collect(Collectors.joining(", "))
                    + (corpus.skipped().size() > SKIPPED_NAMED ? ", ..." : ""));
        }
        err.flush();
        return corpus;
    }

    /** The PATH arguments read and analysed, as every analysing command needs them. */
    record Analysed(List<Path> paths, Corpus corpus, Analysis analysis) {

        /** Exit status per the contract: 1 when some inputs could not be read. */
        int status() {
            return Inputs.status(corpus);
        }

        /** The view of every event, titled by the inputs, drawn without a display. */
        Picture picture(View view) {
            System.setProperty("java.awt.headless", "true");
            return Picture.of(view, analysis, analysis.events(), BatchOutput.title(paths, analysis));
        }
    }

    /** Reads {@code paths} (problems on stderr) and analyses them with the user's catalog. */
    static Analysed analyse(List<Path> paths, CatalogOption catalog, CommandSpec spec) {
        PrintWriter err = spec.commandLine().getErr();
        Analyzer analyzer = catalog.analyzer(spec); // a bad catalog file stops the command before anything is read
        // articles are analysed while later files are still read: the same result as reading first
        AnalysisSession.Opened opened = new AnalysisSession(analyzer, new CorpusReader(sizeLimit(err)))
                .read(paths, Progress.NONE, null);
        return new Analysed(paths, reported(opened.corpus(), err), opened.analysis());
    }

    /** Exit status per the contract: 1 when some inputs could not be read. */
    static int status(Corpus corpus) {
        return corpus.problems().isEmpty() ? 0 : 1;
    }

    private static FileSizeLimit sizeLimit(PrintWriter err) {
        try {
            return FileSizeLimit.fromSystemProperty();
        } catch (IllegalArgumentException e) {
            err.println("annalist: ignoring -D" + FileSizeLimit.PROPERTY + ": " + e.getMessage() + "; the limit stays "
                    + RegularFiles.human(FileSizeLimit.DEFAULT.bytes()));
            return FileSizeLimit.DEFAULT;
        }
    }
}
