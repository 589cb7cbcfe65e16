package org.annalist.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.annalist.export.ExportFormat;
import org.annalist.export.Exports;
import org.annalist.export.AtomicFiles;
import org.annalist.export.Picture;
import org.annalist.io.PathText;
import org.annalist.export.View;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", description = "Writes the events or the actor graph as csv, json, svg, timelinejs or gexf.")
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CatalogOption catalog = new CatalogOption();

    @Mixin
    PictureOptions pictureOptions = new PictureOptions();

    @Option(names = "--format", required = true, paramLabel = "csv|json|svg|timelinejs|gexf")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

    @Option(names = "--view", defaultValue = "timeline", paramLabel = "timeline|graph",
            description = "which picture svg draws (default timeline)")
    String view;

    @Option(names = "--width", defaultValue = "1600", paramLabel = "PX", description = "svg width (default 1600)")
    String width;

    @Option(names = "--mkdirs", description = "create the folder of --out when it does not exist")
    boolean mkdirs;

    @Option(names = "--no-bom", description = "csv: leave out the UTF-8 byte order mark that spreadsheet programs need"
            + " to read accents right (for tools that do not expect one)")
    boolean noBom;

    @Parameters(arity = "1..*", paramLabel = "PATH")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ExportFormat f;
        View v;
        int w;
        try {
            f = ExportFormat.parseExport(format);
            v = View.parse(view);
            w = BatchOutput.positive("--width", width, 100, 20_000);
            pictureOptions.check();
            BatchOutput.checkOutput(out, paths, mkdirs);
            if (mkdirs) {
                AtomicFiles.createFolders(out);
            }
        } catch (IllegalArgumentException e) {
            err.println("annalist export: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("annalist export: cannot create the folder of " + PathText.escape(out) + ": " + BatchOutput.reason(e));
            return 2;
        }
        Inputs.Analysed analysed = Inputs.analyse(paths, catalog, spec);
        Picture picture = pictureOptions.picture(analysed, v);
        try {
            Exports.write(f, picture, out, w, 1, !noBom);
        } catch (IOException e) {
            err.println("annalist export: cannot write " + PathText.escape(out) + ": " + BatchOutput.reason(e));
            return 1;
        }
        return analysed.status();
    }
}
