package org.annalist.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.annalist.export.AnalysisJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "extract", description = "Prints the whole analysis (articles, actors, events, graph) as JSON.")
final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CatalogOption catalog = new CatalogOption();

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "article files or folders")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        Inputs.Analysed analysed = Inputs.analyse(paths, catalog, spec);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        new AnalysisJson().write(analysed.analysis(), out);
        out.println();
        out.flush();
        return analysed.status();
    }
}
