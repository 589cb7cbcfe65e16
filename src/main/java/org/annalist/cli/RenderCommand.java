package org.annalist.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
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

@Command(name = "render", description = "Draws the timeline or the actor graph as a PNG, without a display.")
final class RenderCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CatalogOption catalog = new CatalogOption();

    @Mixin
    PictureOptions pictureOptions = new PictureOptions();

    @Option(names = "--out", required = true, paramLabel = "F.png", description = "the PNG to write")
    Path out;

    @Option(names = "--view", defaultValue = "timeline", paramLabel = "timeline|graph")
    String view;

    @Option(names = "--width", defaultValue = "1600", paramLabel = "PX", description = "logical width (default 1600)")
    String width;

    @Option(names = "--scale", defaultValue = "1", paramLabel = "N", description = "pixel scale 1-4 (the PNG is width*N pixels wide)")
    String scale;

    @Option(names = "--mkdirs", description = "create the folder of --out when it does not exist")
    boolean mkdirs;

    @Parameters(arity = "1..*", paramLabel = "PATH")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        View v;
        int w;
        int s;
        try {
            v = View.parse(view);
            w = BatchOutput.positive("--width", width, 100, 20_000);
            s = BatchOutput.positive("--scale", scale, 1, 4);
            pictureOptions.check();
            BatchOutput.checkOutput(out, paths, mkdirs);
            if (mkdirs) {
                AtomicFiles.createFolders(out);
            }
        } catch (IllegalArgumentException e) {
            err.println("annalist render: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("annalist render: cannot create the folder of " + PathText.escape(out) + ": " + BatchOutput.reason(e));
            return 2;
        }
        Inputs.Analysed analysed = Inputs.analyse(paths, catalog, spec);
        Picture picture = pictureOptions.picture(analysed, v);
        try {
            picture.writePng(out, w, s);
        } catch (IllegalArgumentException e) {
            // the size asked for (--width x --scale on this many events) is a usage error, as a bad --width is
            err.println("annalist render: " + e.getMessage() + "; try a smaller --width or --scale");
            return 2;
        } catch (IOException e) {
            err.println("annalist render: cannot write " + PathText.escape(out) + ": " + BatchOutput.reason(e));
            return 1;
        }
        return analysed.status();
    }
}
