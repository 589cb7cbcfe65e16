package org.annalist.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.annalist.corpus.Corpus;
import org.annalist.corpus.CorpusReader;
import org.annalist.corpus.FileSizeLimit;
import org.annalist.corpus.LoadProblem;
import org.annalist.task.Progress;

/**
 * Reads the PATH arguments the way every batch command does and reports unreadable inputs on stderr,
 * one line each. The largest file read is set with {@code -Dannalist.maxFileSize=SIZE} (default 20MB).
 */
final class Inputs {

    private static final int SKIPPED_NAMED = 5;

    private Inputs() {
    }

    static Corpus read(List<Path> paths, PrintWriter err) {
        Corpus corpus = new CorpusReader(sizeLimit(err)).read(paths, Progress.NONE);
        for (LoadProblem p : corpus.problems()) {
            err.println("annalist: " + p.message());
        }
        if (!corpus.skipped().isEmpty()) {
            err.println("annalist: note: skipped " + corpus.skipped().size() + " file(s) of other kinds: " + corpus.skipped()
                    .stream().limit(SKIPPED_NAMED).map(Path::toString).collect(Collectors.joining(", "))
                    + (corpus.skipped().size() > SKIPPED_NAMED ? ", ..." : ""));
        }
        err.flush();
        return corpus;
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
                    + FileSizeLimit.human(FileSizeLimit.DEFAULT.bytes()));
            return FileSizeLimit.DEFAULT;
        }
    }
}
