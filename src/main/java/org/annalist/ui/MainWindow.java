package org.annalist.ui;

import java.io.File;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.annalist.ui.articles.ArticleListView;
import org.annalist.ui.details.DetailsView;
import org.annalist.ui.events.EventTable;
import org.annalist.ui.filter.FilterBar;
import org.annalist.ui.graph.GraphPane;
import org.annalist.ui.keydates.KeyDatesModel;
import org.annalist.ui.keydates.KeyDatesView;
import org.annalist.ui.graph.GraphViewModel;
import org.annalist.project.ProjectStore;
import org.annalist.ui.graph.PlayController;
import org.annalist.ui.project.ProjectUi;
import org.annalist.ui.source.SourceView;
import org.annalist.ui.timeline.TimelineControl;
import org.annalist.ui.timeline.TimelineViewModel;
import org.annalist.ui.workspace.WorkspaceViewModel;

/**
 * The window's content: menus and toolbar, filters, and the linked views. Articles and problems on
 * the left, timeline over actor graph in the middle, event details over the source on the right.
 */
public final class MainWindow extends BorderPane {

    private final WorkspaceViewModel workspace;
    private final TimelineViewModel timelineModel;
    private final GraphViewModel graphModel;
    private final TimelineControl timeline;
    private final GraphPane graph;
    private final SourceView source;
    private final DetailsView details;
    private final ArticleListView articles;
    private final FilterBar filters;
    private final PlayController play;
    private final org.annalist.ui.problems.ProblemsView problems;
    private final ProjectUi project;
    private final KeyDatesView keyDates;
    private final EventTable events;
    private static final double TIMELINE_SHARE = 0.56;
    private final SplitPane main;
    private double beforeEnlarged;
    private final SplitPane middle;
    private final SplitPane right;

    public MainWindow(WorkspaceViewModel workspace, Consumer<String> browser) {
        this.workspace = workspace;
        getStyleClass().add("main-window");
        timelineModel = new TimelineViewModel(workspace);
        graphModel = new GraphViewModel(workspace);
        timeline = new TimelineControl(timelineModel);
        graph = new GraphPane(graphModel);
        source = new SourceView(workspace, browser);
        details = new DetailsView(workspace);
        articles = new ArticleListView(workspace);
        filters = new FilterBar(workspace);
        problems = new org.annalist.ui.problems.ProblemsView(workspace);
        play = new PlayController(timelineModel);
        keyDates = new KeyDatesView(new KeyDatesModel(workspace));
        keyDates.attach(timeline, graphModel);
        project = new ProjectUi(workspace, timelineModel, workspace.analyzer(), ProjectStore.standard(),
                () -> getScene() == null ? null : getScene().getWindow());
        project.keepView(timelineModel);
        project.contextMenuOn(details);
        articles.onSetDate(project.controller().session()::setPublicationDate);

        MainMenus menus = new MainMenus(this);
        setTop(new VBox(menus.menuBar(), menus.toolBar(), filters));
        setBottom(new StatusBar(workspace));

        Tab articleTab = new Tab("Articles", articles);
        Tab problemTab = new Tab("Problems", problems);
        articleTab.setClosable(false);
        problemTab.setClosable(false);
        Tab keyDatesTab = new Tab("Key dates", keyDates);
        keyDatesTab.setClosable(false);
        TabPane left = new TabPane(articleTab, keyDatesTab);
        left.getStyleClass().add("side-tabs");
        problemTab.textProperty().bind(problems.titleProperty());

        events = new EventTable(workspace);
        graph.enlargedProperty().addListener((o, was, now) -> enlargeGraph(now));
        Tab graphTab = new Tab("Actor graph", graph.withControls());
        Tab tableTab = new Tab("Event table", events);
        graphTab.setClosable(false);
        tableTab.setClosable(false);
        // Problems sits with the wide lower panes: its entries (file, kind, reason) need the width, and
        // its "Problems (N)" title would fold the narrow side pane's tabs into a menu at 1366x768
        TabPane lower = new TabPane(graphTab, tableTab, problemTab);
        filters.onUndated(() -> {
            events.showUndated();
            lower.getSelectionModel().select(tableTab);
        });
        middle = new SplitPane(titled("Timeline", timeline.withOverview()), lower);
        middle.setOrientation(Orientation.VERTICAL);
        middle.setDividerPositions(TIMELINE_SHARE);
        MiddleSplit.giveTheLowerPaneRoom(middle);
        VBox event = titled("Event", eventPane());
        VBox text = titled("Source", source);
        right = new SplitPane(event, text);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.5);
        main = new SplitPane(left, middle, right);
        main.setDividerPositions(0.18, 0.66);
        // no pane can be squeezed to nothing when the window shrinks or a divider is dragged
        left.setMinWidth(170);
        middle.setMinWidth(360);
        right.setMinWidth(300);
        event.setMinHeight(160);
        text.setMinHeight(160);
        SplitPane.setResizableWithParent(left, false);
        setCenter(main);

        setOnDragOver(this::onDragOver);
        setOnDragDropped(this::onDragDropped);
    }

    /** "Enlarge" in the graph's bar: the lower pane takes most of the middle, the timeline keeps a strip. */
    private void enlargeGraph(boolean enlarge) {
        if (enlarge) {
            beforeEnlarged = middle.getDividerPositions()[0];
            middle.setDividerPositions(MiddleSplit.ENLARGED_TIMELINE_SHARE);
        } else if (beforeEnlarged > 0) {
            middle.setDividerPositions(beforeEnlarged);
        }
    }

    /** The analyst's note over the event's details. */
    private VBox eventPane() {
        VBox box = new VBox(project.note(), details);
        VBox.setVgrow(details, Priority.ALWAYS);
        return box;
    }

    private static VBox titled(String title, javafx.scene.Node content) {
        Label label = new Label(title);
        label.getStyleClass().add("pane-title");
        VBox box = new VBox(label, content);
        box.getStyleClass().add("titled-pane-box");
        VBox.setVgrow(content, Priority.ALWAYS);
        return box;
    }

    private void onDragOver(DragEvent e) {
        if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void onDragDropped(DragEvent e) {
        List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
        if (!files.isEmpty()) {
            workspace.open(files.stream().map(File::toPath).toList());
        }
        e.setDropCompleted(!files.isEmpty());
        e.consume();
    }

    /** The split panes whose dividers are remembered between runs, by name. */
    public java.util.Map<String, SplitPane> splitPanes() {
        return java.util.Map.of("main", main, "middle", middle, "right", right);
    }

    public WorkspaceViewModel workspace() {
        return workspace;
    }

    public TimelineViewModel timelineModel() {
        return timelineModel;
    }

    public GraphViewModel graphModel() {
        return graphModel;
    }

    public TimelineControl timeline() {
        return timeline;
    }

    public GraphPane graph() {
        return graph;
    }

    public SourceView source() {
        return source;
    }

    /** Projects, corrections, undo and redo. */
    public ProjectUi project() {
        return project;
    }

    public EventTable eventTable() {
        return events;
    }

    public DetailsView details() {
        return details;
    }

    public ArticleListView articles() {
        return articles;
    }

    /** Files not read, read with a repair or skipped, and dates to check. */
    public org.annalist.ui.problems.ProblemsView problems() {
        return problems;
    }

    public FilterBar filters() {
        return filters;
    }

    /** The days that matter, with a slider for how many. */
    public KeyDatesView keyDates() {
        return keyDates;
    }

    public PlayController play() {
        return play;
    }
}
