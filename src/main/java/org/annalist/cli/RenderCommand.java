package org.annalist.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "render", description = "Draws the timeline or the actor graph as a PNG, without a display.")
final class RenderCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "F.png")
    Path out;

    @Option(names = "--view", defaultValue = "timeline", paramLabel = "timeline|graph")
    String view;

    @Option(names = "--width", defaultValue = "1600", paramLabel = "PX")
    int width;

    @Option(names = "--scale", defaultValue = "1", paramLabel = "N")
    int scale;

    @Parameters(arity = "1..*", paramLabel = "PATH")
    List<Path> paths;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("annalist render: not available yet");
        return 2;
    }
}
