package org.annalist.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.annalist.bench.BenchCorpus;
import org.annalist.bench.BenchOptions;
import org.annalist.bench.BenchRun;
import org.annalist.bench.SourceTexts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", description = {
        "Measures reading + extraction throughput and heap, timeline frame times and the window's first frame.",
        "Corpora are built from the TempEval-3 articles under the shared folder (-Dannalist.shared, default ../shared), "
                + "else from samples/. The first frame needs a display (xvfb-run)."})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--articles", split = ",", paramLabel = "N[,N...]", defaultValue = "1000,10000",
            description = "corpus sizes (default ${DEFAULT-VALUE})")
    List<Integer> articles;

    @Option(names = "--events", split = ",", paramLabel = "N[,N...]", defaultValue = "1000,10000,100000",
            description = "synthetic event counts for timeline frames (default ${DEFAULT-VALUE})")
    List<Integer> events;

    @Option(names = "--no-first-frame", description = "do not launch the window")
    boolean noFirstFrame;

    @Option(names = "--samples", defaultValue = "samples", paramLabel = "DIR",
            description = "what the window opens, and the fallback texts (default ${DEFAULT-VALUE})")
    Path samples;

    @Override
    public Integer call() {
        Path work;
        try {
            work = Files.createTempDirectory("annalist-bench");
        } catch (IOException e) {
            spec.commandLine().getErr().println("annalist bench: cannot create a temporary folder: " + e.getMessage());
            return 1;
        }
        try {
            BenchOptions options = new BenchOptions(articles, events, !noFirstFrame,
                    SourceTexts.sharedFolder(), samples, work);
            new BenchRun(options, spec.commandLine().getOut()).run();
            return 0;
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("annalist bench: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            spec.commandLine().getErr().println("annalist bench: " + e.getMessage());
            return 1;
        } finally {
            BenchCorpus.delete(work);
        }
    }
}
