package org.annalist.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line of {@code shared/CONTRACT.md}; with no command it opens the app on {@code samples/}. */
@Command(name = "annalist", mixinStandardHelpOptions = true, version = "Annalist 0.1",
        description = "News articles to a timeline and an actor graph, every mark traced to its source.",
        subcommands = {OpenCommand.class, ExtractCommand.class, TimexCommand.class,
                RenderCommand.class, ExportCommand.class, KeyDatesCommand.class, BenchCommand.class})
public final class AnnalistCommand implements Runnable {

    @Override
    public void run() {
        new OpenCommand().call();
    }

    /** Runs the command line and returns the exit status: 0 ok, 1 some inputs unreadable, 2 bad usage. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new AnnalistCommand());
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        // a bad file named by an option is one line, not the usage text: the command was typed right
        CommandLine.IParameterExceptionHandler usage = cl.getParameterExceptionHandler();
        cl.setParameterExceptionHandler((ex, args) -> {
            if (ex instanceof CatalogOption.BadCatalog) {
                ex.getCommandLine().getErr().println("annalist " + ex.getCommandLine().getCommandName() + ": "
                        + ex.getMessage());
                return 2;
            }
            return usage.handleParseException(ex, args);
        });
        return cl;
    }

    /** True for the commands that open a window, whose process must outlive {@code main}. */
    public static boolean keepsRunning(String[] args) {
        return args.length == 0 || "open".equals(args[0]);
    }
}
