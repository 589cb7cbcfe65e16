package org.annalist.ui;

import java.io.File;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.annalist.timeline.ColourMode;
import org.annalist.timeline.LaneMode;
import org.annalist.ui.export.ExportActions;
import org.annalist.ui.export.ExportSource;
import org.annalist.events.Event;
import org.annalist.ui.present.PresentationMode;
import org.kordamp.ikonli.javafx.FontIcon;

/** Menus, accelerators and the toolbar: every action is reachable from the keyboard. */
final class MainMenus {

    private final MainWindow window;
    private final MenuBar menuBar = new MenuBar();
    private final ToolBar toolBar = new ToolBar();

    MainMenus(MainWindow window) {
        this.window = window;
        var ws = window.workspace();
        var tl = window.timelineModel();

        MenuItem openFiles = item("Open files…", "Shortcut+O", "mdoal-insert_drive_file", this::openFiles);
        MenuItem openFolder = item("Open folder…", "Shortcut+Shift+O", "mdoal-folder_open", this::openFolder);
        MenuItem export = item("Export…", "Shortcut+E", "mdomz-save_alt", this::export);
        MenuItem present = item("Present", "F5", "mdomz-slideshow", this::present);
        MenuItem presentKeyDates = item("Present key dates", "Shift+F5", null, () -> window.keyDates().present());
        MenuItem quit = item("Quit", "Shortcut+Q", null, () -> {
            if (window.project().controller().mayDiscardChanges()) {
                window.getScene().getWindow().hide();
            }
        });
        Menu file = new Menu("_File", null, openFiles, openFolder, new javafx.scene.control.SeparatorMenuItem());
        file.getItems().addAll(window.project().menus().fileItems());
        file.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(),
                export, present, presentKeyDates, new javafx.scene.control.SeparatorMenuItem(), quit);

        ToggleGroup lanes = new ToggleGroup();
        RadioMenuItem byActor = radio("Lanes per actor", "Shortcut+L", lanes, tl.laneModeProperty().get() == LaneMode.ACTOR);
        RadioMenuItem byArticle = radio("Lanes per article", "Shortcut+Shift+L", lanes, false);
        byActor.setOnAction(e -> tl.laneModeProperty().set(LaneMode.ACTOR));
        byArticle.setOnAction(e -> tl.laneModeProperty().set(LaneMode.ARTICLE));
        tl.laneModeProperty().addListener((o, was, now) -> (now == LaneMode.ACTOR ? byActor : byArticle).setSelected(true));
        ToggleGroup colours = new ToggleGroup();
        RadioMenuItem byType = radio("Colour by type", "Shortcut+Y", colours, true);
        RadioMenuItem byTone = radio("Colour by tone", "Shortcut+T", colours, false);
        byType.setOnAction(e -> tl.colourModeProperty().set(ColourMode.TYPE));
        byTone.setOnAction(e -> tl.colourModeProperty().set(ColourMode.TONE));
        tl.colourModeProperty().addListener((o, was, now) -> (now == ColourMode.TYPE ? byType : byTone).setSelected(true));
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setAccelerator(ShortcutList.keys("Shortcut+D"));
        dark.selectedProperty().bindBidirectional(ws.darkProperty());
        CheckMenuItem keyDateLayer = new CheckMenuItem("Key-date layer");
        keyDateLayer.selectedProperty().bindBidirectional(window.keyDates().layer().shownProperty());
        Menu view = new Menu("_View", null,
                item("Zoom in", "Shortcut+EQUALS", "mdomz-zoom_in", tl::zoomIn),
                item("Zoom out", "Shortcut+MINUS", "mdomz-zoom_out", tl::zoomOut),
                item("Fit to the events", "Shortcut+0", "mdoal-crop_free", tl::fit),
                item("Fit all, outliers included", "Shortcut+Shift+0", null, tl::fitAll),
                new javafx.scene.control.SeparatorMenuItem(), byActor, byArticle, byType, byTone,
                new javafx.scene.control.SeparatorMenuItem(),
                item("Play through time", "Shortcut+P", "mdomz-play_arrow",
                        () -> window.play().playingProperty().set(!window.play().playingProperty().get())),
                keyDateLayer, dark);
        Menu go = new Menu("_Go", null,
                item("Timeline", "Shortcut+1", null, () -> window.timeline().requestFocus()),
                item("Actor graph", "Shortcut+2", null, () -> window.graph().requestFocus()),
                item("Event details", "Shortcut+3", null, () -> window.details().requestFocus()),
                item("Source", "Shortcut+4", null, () -> window.source().requestFocus()),
                item("Articles", "Shortcut+5", null, () -> window.articles().listView().requestFocus()),
                item("Search", "Shortcut+F", null, () -> window.filters().searchField().requestFocus()),
                item("Next event", "Shortcut+CLOSE_BRACKET", null,
                        () -> ws.select(tl.neighbour(ws.selection().event(), 1))),
                item("Previous event", "Shortcut+OPEN_BRACKET", null,
                        () -> ws.select(tl.neighbour(ws.selection().event(), -1))),
                item("Clear filters", "Shortcut+Shift+X", null, () -> {
                    ws.filter().clear();
                    tl.fit();
                }));
        Menu help = new Menu("_Help", null, item("Keyboard shortcuts", "Shortcut+SLASH", null, this::shortcuts),
                item("Open log folder", null, null, MainMenus::openLogFolder));
        menuBar.getMenus().addAll(file, window.project().menus().editMenu(), view, go, help);

        ToggleButton playButton = new ToggleButton("Play", new FontIcon("mdomz-play_arrow"));
        playButton.selectedProperty().bindBidirectional(window.play().playingProperty());
        playButton.setTooltip(new Tooltip("Play through time: the timeline window slides, the graph follows (Ctrl+P)"));
        ToggleButton tone = new ToggleButton("Tone", new FontIcon("mdoal-color_lens"));
        tone.setTooltip(new Tooltip("Colour marks by tone instead of type (Ctrl+T / Ctrl+Y)"));
        tone.setSelected(tl.colourModeProperty().get() == ColourMode.TONE);
        tone.selectedProperty().addListener((o, was, now) -> tl.colourModeProperty().set(now ? ColourMode.TONE : ColourMode.TYPE));
        tl.colourModeProperty().addListener((o, was, now) -> tone.setSelected(now == ColourMode.TONE));
        ToggleButton perArticle = new ToggleButton("Per article", new FontIcon("mdomz-view_stream"));
        perArticle.setTooltip(new Tooltip("One lane per article instead of per actor (Ctrl+Shift+L / Ctrl+L)"));
        perArticle.selectedProperty().addListener((o, was, now) -> tl.laneModeProperty().set(now ? LaneMode.ARTICLE : LaneMode.ACTOR));
        tl.laneModeProperty().addListener((o, was, now) -> perArticle.setSelected(now == LaneMode.ARTICLE));
        ToggleButton darkButton = new ToggleButton(null, new FontIcon("mdoal-brightness_6"));
        darkButton.setTooltip(new Tooltip("Dark theme (Ctrl+D)"));
        darkButton.selectedProperty().bindBidirectional(ws.darkProperty());
        Button exportButton = button("Export", "mdomz-save_alt",
                "Export PNG, SVG, CSV, JSON, TimelineJS or GEXF of what is shown (Ctrl+E)", this::export);
        Button presentButton = button("Present", "mdomz-slideshow", "Presentation mode for a class (F5)", this::present);
        toolBar.getItems().addAll(
                button(null, "mdoal-folder_open", "Open folder (Ctrl+Shift+O)", this::openFolder),
                button(null, "mdoal-insert_drive_file", "Open files (Ctrl+O)", this::openFiles),
                new Separator(),
                button(null, "mdomz-zoom_in", "Zoom in (Ctrl+= or + on the timeline)", tl::zoomIn),
                button(null, "mdomz-zoom_out", "Zoom out (Ctrl+- or - on the timeline)", tl::zoomOut),
                button("Fit", "mdoal-crop_free",
                        "Show where most events are (Ctrl+0); Home or Ctrl+Shift+0 shows all, outliers included", tl::fit),
                new Separator(), perArticle, tone, playButton, new Separator(), exportButton, presentButton,
                new Separator(), darkButton);
    }

    /** Shows the folder of annalist.log in the system's file manager (the log of failures to send with a report). */
    private static void openLogFolder() {
        java.nio.file.Path folder = org.annalist.logging.LogSink.folder();
        Thread t = new Thread(() -> {
            try {
                java.nio.file.Files.createDirectories(folder);
                if (java.awt.Desktop.isDesktopSupported()
                        && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.OPEN)) {
                    java.awt.Desktop.getDesktop().open(folder.toFile());
                    return;
                }
            } catch (java.io.IOException | RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(MainMenus.class).warn("cannot open the log folder {}", folder, e);
            }
            javafx.application.Platform.runLater(() -> new javafx.scene.control.Alert(
                    javafx.scene.control.Alert.AlertType.INFORMATION, "The log is in " + folder).showAndWait());
        }, "annalist-open-log-folder");
        t.setDaemon(true);
        t.start();
    }

    private static MenuItem item(String text, String accelerator, String icon, Runnable action) {
        MenuItem m = new MenuItem(text, icon == null ? null : new FontIcon(icon));
        if (accelerator != null) {
            m.setAccelerator(ShortcutList.keys(accelerator));
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    private static RadioMenuItem radio(String text, String accelerator, ToggleGroup group, boolean selected) {
        RadioMenuItem m = new RadioMenuItem(text);
        m.setAccelerator(ShortcutList.keys(accelerator));
        m.setToggleGroup(group);
        m.setSelected(selected);
        return m;
    }

    private static Button button(String text, String icon, String tip, Runnable action) {
        Button b = new Button(text, new FontIcon(icon));
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void export() {
        var ws = window.workspace();
        new ExportActions(window.getScene().getWindow(), () -> new ExportSource(ws.analysis(), ws.shown(),
                ws.visibleFromProperty().get(), ws.visibleToProperty().get(), null), ws::report).exportDialog();
    }

    private void present() {
        var ws = window.workspace();
        // from the selected event (else where the timeline is), and back to the last one shown
        Event start = org.annalist.ui.present.PresentationStart.of(ws.selection().event(), ws.shown(),
                ws.visibleFromProperty().get());
        PresentationMode.show(window.getScene().getWindow(), ws.analysis(), ws.shown(), start, true, ws::select);
    }

    private void openFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open articles");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Articles", "*.txt", "*.json", "*.jsonl",
                "*.html", "*.htm", "*.xml"), new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(window.getScene().getWindow());
        if (files != null && !files.isEmpty()) {
            window.workspace().open(files.stream().map(File::toPath).toList());
        }
    }

    private void openFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a folder of articles");
        File dir = chooser.showDialog(window.getScene().getWindow());
        if (dir != null) {
            window.workspace().open(List.of(dir.toPath()));
        }
    }

    private void shortcuts() {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.setTitle("Keyboard shortcuts");
        a.setHeaderText("Annalist keyboard shortcuts");
        // generated from the menus' accelerators and the presentation keys, so it cannot drift
        javafx.scene.control.TextArea text = new javafx.scene.control.TextArea(ShortcutList.describe(menuBar));
        text.setEditable(false);
        text.setPrefRowCount(28);
        text.setPrefColumnCount(70);
        a.getDialogPane().setContent(text);
        a.initOwner(window.getScene().getWindow());
        a.show();
    }

    MenuBar menuBar() {
        return menuBar;
    }

    ToolBar toolBar() {
        return toolBar;
    }

}
