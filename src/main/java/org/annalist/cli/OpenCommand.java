package org.annalist.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.annalist.ui.AppLauncher;
import org.annalist.actors.UserCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "open", description = "Opens the app on these inputs (default: samples/).")
final class OpenCommand implements Callable<Integer> {

    @Mixin
    CatalogOption catalog = new CatalogOption();

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "article files or folders")
    List<Path> paths = List.of();

    @Override
    public Integer call() {
        if (catalog.file != null) {
            // the window reads its catalog the way every start does: through UserCatalog
            System.setProperty(UserCatalog.PROPERTY, catalog.file.toString());
        }
        AppLauncher.open(paths.isEmpty() ? defaultInputs() : paths);
        return 0;
    }

    /**
     * {@code samples/} when started from the project folder; an installed app started from a menu
     * has none there and opens empty rather than reporting a missing folder.
     */
    static List<Path> defaultInputs() {
        Path samples = Path.of("samples");
        return java.nio.file.Files.isDirectory(samples) ? List.of(samples) : List.of();
    }
}
