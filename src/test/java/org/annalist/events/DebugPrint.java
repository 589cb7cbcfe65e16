package org.annalist.events;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annalist.actors.ActorCatalog;
import org.annalist.analysis.Analysis;
import org.annalist.analysis.Analyzer;
import org.annalist.corpus.CorpusReader;
import org.annalist.task.Progress;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("evaluation")
class DebugPrint {
    @Test
    void print() throws Exception {
        List<Path> paths;
        try (var s = Files.list(Path.of("samples"))) {
            paths = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        var corpus = new CorpusReader().read(paths, Progress.NONE);
        Analysis a = Analyzer.standard().analyze(corpus, Progress.NONE);
        for (Event e : a.events()) {
            System.out.println(e.id() + " " + (e.date() == null ? "-" : e.date().value() + "/" + e.date().basis().id()) + " " + e.type().id() + " " + e.status().id()
                    + " " + e.source() + "->" + e.target() + " | " + e.summary() + " || " + e.passages().get(0).articleId().substring(0, 3) + ":" + e.passages().get(0).text().substring(0, Math.min(90, e.passages().get(0).text().length())));
        }
    }
}
