package org.annalist.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.annalist.actors.ActorCatalog;
import org.annalist.actors.UserCatalog;
import org.annalist.analysis.Analyzer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The {@code --catalog FILE} option shared by the commands that analyse articles. */
final class CatalogOption {

    @Option(names = "--catalog", paramLabel = "FILE",
            description = "your own actor catalog (JSON, see docs/actors.md) on top of the built-in one;"
                    + " default: ~/.annalist/actors.json when it exists")
    Path file;

    /** The user's catalog file: this option, else the property or the default location. */
    Optional<Path> userFile() {
        return file != null ? Optional.of(file) : UserCatalog.locate();
    }

    /**
     * The standard pipeline over the built-in catalog extended by the user's file.
     *
     * @throws ParameterException (exit status 2) naming the file and what is wrong with it
     */
    Analyzer analyzer(CommandSpec spec) {
        Optional<Path> user = userFile();
        if (user.isEmpty()) {
            return Analyzer.standard();
        }
        try {
            return Analyzer.forCatalog(ActorCatalog.withUserFile(user.get()));
        } catch (IllegalArgumentException e) {
            throw new BadCatalog(spec.commandLine(), e.getMessage());
        }
    }

    /** The catalog file cannot be used: a usage error (exit 2) said in one line, without the usage text. */
    static final class BadCatalog extends ParameterException {
        BadCatalog(picocli.CommandLine commandLine, String message) {
            super(commandLine, message);
        }
    }
}
