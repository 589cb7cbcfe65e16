package org.annalist.ui.keydates;

import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.annalist.export.TimelineJsJson;
import org.annalist.keydates.KeyDate;
import org.annalist.keydates.KeyDatesCsv;
import org.annalist.keydates.KeyDatesPicture;
import org.annalist.ui.graph.GraphViewModel;
import org.annalist.ui.present.PresentationMode;
import org.annalist.ui.timeline.TimelineControl;

/**
 * The "Key dates" pane: the days that matter, best first, each with its one-line summary; a slider for
 * how many; choosing one selects its events; buttons to present them and export them (CSV, TimelineJS).
 */
public final class KeyDatesView extends VBox {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    /** The slider's reach: enough for a lesson or a briefing, each step still a few pixels wide. */
    static final int MOST_ON_SLIDER = 50;

    private final KeyDatesModel model;
    private final Slider slider = new Slider(1, KeyDatesModel.DEFAULT_COUNT, KeyDatesModel.DEFAULT_COUNT);
    private final Label count = new Label();
    private final ListView<KeyDate> list = new ListView<>();
    private final CheckBox marked = new CheckBox("Mark on timeline");
    private final CheckBox graphOnly = new CheckBox("Graph: key dates only");
    private KeyDateLayer layer;
    private KeyDateGraphScope scope;

    public KeyDatesView(KeyDatesModel model) {
        this.model = model;
        getStyleClass().add("key-dates");
        setSpacing(4);
        setPadding(new Insets(4));
        slider.setId("key-dates-count");
        slider.setMajorTickUnit(1);
        slider.setSnapToTicks(true);
        slider.setBlockIncrement(1);
        slider.valueProperty().addListener((o, was, now) -> model.countProperty().set((int) Math.round(now.doubleValue())));
        model.allProperty().addListener((o, was, now) -> {
            // a key-date list is a short list: past MOST_ON_SLIDER the slider's steps get too fine to pick
            slider.setMax(Math.max(1, Math.min(MOST_ON_SLIDER, now.size())));
            slider.setDisable(now.isEmpty());
        });
        HBox.setHgrow(slider, Priority.ALWAYS);
        list.setId("key-dates-list");
        list.setPlaceholder(new Label("Open articles to see the days that matter."));
        list.setCellFactory(v -> new Cell());
        model.topProperty().addListener((o, was, now) -> {
            list.getItems().setAll(now);
            count.setText(now.size() + " of " + model.allProperty().get().size());
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.select(now));
        Button present = button("Present", "Step through these key dates only (presentation mode)", this::present);
        Button csv = button("CSV…", "Save these key dates as CSV", this::exportCsv);
        Button tljs = button("TimelineJS…", "Save these key dates as a TimelineJS file", this::exportTimelineJs);
        Button png = button("PNG…", "Save these key dates as a timeline picture (PNG, 2x)", this::exportPng);
        HBox top = new HBox(6, slider, count);
        slider.setTooltip(new Tooltip("How many key dates to show"));
        count.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane actions = new FlowPane(6, 4, present, csv, tljs, png);
        marked.setId("key-dates-marked");
        marked.setTooltip(new Tooltip("Mark these key dates on the timeline (View > Key-date layer)"));
        graphOnly.setId("key-dates-graph-only");
        graphOnly.setTooltip(new Tooltip("Only the events of these key dates feed the actor graph"));
        marked.setDisable(true);
        graphOnly.setDisable(true);
        FlowPane toggles = new FlowPane(10, 4, marked, graphOnly);
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(top, toggles, list, actions);
    }

    /** Connects the layer on the timeline and the graph's key-date scope to this pane's days and toggles. */
    public void attach(TimelineControl timeline, GraphViewModel graph) {
        layer = new KeyDateLayer(model, timeline);
        scope = new KeyDateGraphScope(model, graph);
        marked.selectedProperty().bindBidirectional(layer.shownProperty());
        graphOnly.selectedProperty().bindBidirectional(scope.keyDatesOnlyProperty());
        marked.setDisable(false);
        graphOnly.setDisable(false);
    }

    /** The key-date layer on the timeline (null until {@link #attach}). */
    public KeyDateLayer layer() {
        return layer;
    }

    /** The graph's key-date scope (null until {@link #attach}). */
    public KeyDateGraphScope graphScope() {
        return scope;
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    public KeyDatesModel model() {
        return model;
    }

    public ListView<KeyDate> list() {
        return list;
    }

    public Slider slider() {
        return slider;
    }

    /** Presentation mode over the shown key dates, one slide each. */
    public void present() {
        if (model.workspace().analysis() != null && !model.topProperty().get().isEmpty()) {
            PresentationMode.show(getScene().getWindow(), model.workspace().analysis(), model.asEvents());
        }
    }

    private void exportCsv() {
        save("Export key dates as CSV", "key-dates.csv", "CSV", "csv")
                .ifPresent(p -> write(p, () -> KeyDatesCsv.write(model.topProperty().get(), p)));
    }

    private void exportTimelineJs() {
        save("Export key dates as TimelineJS", "key-dates.json", "TimelineJS JSON", "json")
                .ifPresent(p -> write(p, () -> new TimelineJsJson().write(model.workspace().analysis(), model.asEvents(),
                        "Key dates", p)));
    }

    private void exportPng() {
        save("Export key dates as PNG", "key-dates.png", "PNG image", "png")
                .ifPresent(p -> write(p, () -> KeyDatesPicture.of(model.workspace().analysis(), model.topProperty().get())
                        .writePng(p, KeyDatesPicture.WIDTH, 2)));
    }

    private interface Writing {
        void run() throws IOException;
    }

    private void write(Path p, Writing w) {
        try {
            w.run();
            model.workspace().report("Saved " + model.topProperty().get().size() + " key dates to " + p.getFileName());
        } catch (IOException | RuntimeException e) {
            model.workspace().report("Could not save " + p.getFileName() + ": " + e.getMessage());
        }
    }

    private Optional<Path> save(String title, String name, String description, String ext) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(description, "*." + ext));
        return Optional.ofNullable(chooser.showSaveDialog(getScene().getWindow())).map(java.io.File::toPath);
    }

    /** Date, articles and score over the one-line summary. */
    private static final class Cell extends ListCell<KeyDate> {
        private final Label head = new Label();
        private final Label summary = new Label();
        private final VBox box = new VBox(2, head, summary);

        Cell() {
            head.setStyle("-fx-font-weight: bold;");
            summary.setWrapText(true);
            summary.setMinHeight(Region.USE_PREF_SIZE); // wrap the whole line rather than elide it
            setPrefWidth(0); // the cell follows the list's width instead of the text's
        }

        @Override
        protected void updateItem(KeyDate d, boolean empty) {
            super.updateItem(d, empty);
            if (empty || d == null) {
                setGraphic(null);
                return;
            }
            head.setText(DAY.format(d.date()) + "  ·  " + d.articles() + " articles");
            summary.setText(d.summary());
            summary.maxWidthProperty().bind(getListView().widthProperty().subtract(30));
            setGraphic(box);
        }
    }
}
