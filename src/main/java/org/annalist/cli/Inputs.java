package org.annalist.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.annalist.corpus.Corpus;
import org.annalist.corpus.CorpusReader;
import org.annalist.corpus.LoadProblem;
import org.annalist.task.Progress;

/** Reads the PATH arguments the way every batch command does and reports unreadable inputs. */
final class Inputs {

    private Inputs() {
    }

    static Corpus read(List<Path> paths, PrintWriter err) {
        Corpus corpus = new CorpusReader().read(paths, Progress.NONE);
        for (LoadProblem p : corpus.problems()) {
            err.println("annalist: " + p.message());
        }
        return corpus;
    }

    /** Exit status per the contract: 1 when some inputs could not be read. */
    static int status(Corpus corpus) {
        return corpus.problems().isEmpty() ? 0 : 1;
    }
}
