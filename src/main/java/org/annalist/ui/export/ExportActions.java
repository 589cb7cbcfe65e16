package org.annalist.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.annalist.export.ExportFormat;
import org.annalist.export.Exports;
import org.annalist.export.Picture;
import org.annalist.export.View;

/**
 * The window's export commands (menu, toolbar, Ctrl+E): each asks where to save with a file
 * dialog, then writes with the core exporters on a background thread, so the window stays
 * responsive, and reports the result in the status line (or an error dialog).
 *
 * <pre>{@code
 * ExportActions exports = new ExportActions(stage, () -> new ExportSource(ws.analysis(), ws.shown(),
 *         ws.visibleFromProperty().get(), ws.visibleToProperty().get(), "Aleppo, autumn 2016"), statusBar::show);
 * exportMenuItem.setOnAction(e -> exports.exportDialog());   // Ctrl+E
 * }</pre>
 */
public final class ExportActions {

    /** Asks where to save; empty when the user cancels. Replaceable for tests. */
    @FunctionalInterface
    public interface FileAsker {
        Optional<Path> ask(Window owner, String title, String suggestedName, String description, String extension);
    }

    /** Asks for PNG options; empty when the user cancels. Replaceable for tests. */
    @FunctionalInterface
    public interface PngAsker {
        Optional<PngOptions> ask(Window owner, View view, PngOptions last);
    }

    private static final ExecutorService WRITER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "annalist-export");
        t.setDaemon(true);
        return t;
    });

    private final Window owner;
    private final Supplier<ExportSource> source;
    private final Consumer<String> status;
    private FileAsker files = ExportActions::chooseFile;
    private PngAsker pngOptions = PngOptionsDialog::ask;
    private PngOptions lastPng = PngOptions.defaults();

    /**
     * @param source what to export, read when the user asks
     * @param status receives one-line results ("Saved timeline.png (3200 x 1180 px)")
     */
    public ExportActions(Window owner, Supplier<ExportSource> source, Consumer<String> status) {
        this.owner = owner;
        this.source = source;
        this.status = status;
    }

    public void setFileAsker(FileAsker asker) {
        files = asker;
    }

    public void setPngAsker(PngAsker asker) {
        pngOptions = asker;
    }

    /** Ctrl+E: asks which export, then runs it. */
    public void exportDialog() {
        List<String> choices = List.of("Timeline as PNG", "Actor graph as PNG", "Timeline as SVG", "Actor graph as SVG",
                "Events as CSV", "Events as JSON", "TimelineJS (web)", "Actor graph as GEXF (Gephi)");
        ChoiceDialog<String> d = new ChoiceDialog<>(choices.get(0), choices);
        d.initOwner(owner);
        d.setTitle("Export");
        d.setHeaderText("What do you want to export? Exports respect the current filters.");
        d.showAndWait().ifPresent(c -> {
            switch (choices.indexOf(c)) {
                case 0 -> exportPng(View.TIMELINE);
                case 1 -> exportPng(View.GRAPH);
                case 2 -> exportSvg(View.TIMELINE);
                case 3 -> exportSvg(View.GRAPH);
                case 4 -> exportCsv();
                case 5 -> exportJson();
                case 6 -> exportTimelineJs();
                default -> exportGexf();
            }
        });
    }

    public void exportPng(View view) {
        pngOptions.ask(owner, view, lastPng).ifPresent(o -> {
            lastPng = o;
            String name = view.id() + (o.scale() > 1 ? "@" + o.scale() + "x" : "") + ".png";
            files.ask(owner, "Export " + view.id() + " as PNG", name, "PNG image", "png")
                    .ifPresent(p -> write(ExportFormat.PNG, view, o, p));
        });
    }

    public void exportSvg(View view) {
        ask(ExportFormat.SVG, view, view.id() + ".svg", "SVG drawing");
    }

    public void exportCsv() {
        ask(ExportFormat.CSV, View.TIMELINE, "events.csv", "CSV table");
    }

    public void exportJson() {
        ask(ExportFormat.JSON, View.TIMELINE, "events.json", "JSON");
    }

    public void exportTimelineJs() {
        ask(ExportFormat.TIMELINEJS, View.TIMELINE, "timelinejs.json", "TimelineJS JSON");
    }

    public void exportGexf() {
        ask(ExportFormat.GEXF, View.GRAPH, "actors.gexf", "GEXF graph");
    }

    private void ask(ExportFormat format, View view, String name, String description) {
        files.ask(owner, "Export " + description, name, description, format.extension())
                .ifPresent(p -> write(format, view, lastPng, p));
    }

    /** Writes on the export thread; the returned task reports back on the FX thread. */
    public Task<Path> write(ExportFormat format, View view, PngOptions options, Path out) {
        ExportSource s = source.get();
        boolean window = options.visibleOnly() && view == View.TIMELINE;
        boolean png = format == ExportFormat.PNG || format == ExportFormat.SVG;
        String title = png && !options.title().isBlank() ? options.title() : s.title();
        Picture picture = new Picture(view, s.analysis(), s.shown(), title, png ? options.caption() : null,
                window ? s.visibleFrom() : null, window ? s.visibleTo() : null);
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                Exports.write(format, picture, out, options.width(), options.scale());
                return out;
            }
        };
        task.setOnSucceeded(e -> status.accept("Saved " + out.getFileName() + describe(format, picture, options)));
        task.setOnFailed(e -> {
            String reason = task.getException() == null ? "unknown error" : task.getException().getMessage();
            status.accept("Export failed: " + reason);
            if (owner != null && owner.isShowing()) {
                Alert a = new Alert(Alert.AlertType.ERROR, out + " could not be written: " + reason);
                a.initOwner(owner);
                a.setHeaderText("Export failed");
                a.show();
            }
        });
        WRITER.execute(task);
        return task;
    }

    private static String describe(ExportFormat format, Picture p, PngOptions o) {
        if (format != ExportFormat.PNG) {
            return " (" + p.shown().size() + " events)";
        }
        return " (" + o.width() * o.scale() + " x " + (int) Math.ceil(p.height(o.width()) * o.scale()) + " px)";
    }

    private static Optional<Path> chooseFile(Window owner, String title, String name, String description, String ext) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(description, "*." + ext));
        File f = chooser.showSaveDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }
}
