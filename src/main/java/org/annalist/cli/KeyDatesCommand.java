package org.annalist.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.annalist.keydates.KeyDateRanker;
import org.annalist.keydates.KeyDatesJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "keydates", description = "Prints the days that matter, best first, each with a one-line summary, as JSON.")
final class KeyDatesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CatalogOption catalog = new CatalogOption();

    @Option(names = "--top", paramLabel = "K", description = "keep the best K days (default: every day)")
    String top;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "article files or folders")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        int k;
        try {
            k = top == null ? Integer.MAX_VALUE : BatchOutput.positive("--top", top, 1, 1_000_000);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("annalist keydates: " + e.getMessage());
            return 2;
        }
        Inputs.Analysed analysed = Inputs.analyse(paths, catalog, spec);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        KeyDatesJson.write(KeyDateRanker.standard().rank(analysed.analysis(), k), out);
        out.println();
        out.flush();
        return analysed.status();
    }
}
