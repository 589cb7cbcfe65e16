package org.annalist.ui;

import java.io.File;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
import org.annalist.ui.filter.FilterBar;
import org.annalist.ui.graph.GraphPane;
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
    private final ListView<String> problems = new ListView<>();
    private final ProjectUi project;

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
        play = new PlayController(timelineModel);
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
        TabPane left = new TabPane(articleTab, problemTab);
        problems.setPlaceholder(new Label("Every input was read."));
        workspace.analysisProperty().addListener((o, was, a) -> {
            problems.getItems().setAll(a.problems().stream().map(p -> p.message()).toList());
            a.skipped().forEach(p -> problems.getItems().add(p + ": skipped, not a supported file type"));
            problemTab.setText(problems.getItems().isEmpty() ? "Problems" : "Problems (" + problems.getItems().size() + ")");
        });

        SplitPane middle = new SplitPane(titled("Timeline", timeline.withOverview()), titled("Actor graph", graph.withControls()));
        middle.setOrientation(Orientation.VERTICAL);
        middle.setDividerPositions(0.56);
        SplitPane right = new SplitPane(titled("Event", eventPane()), titled("Source", source));
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.42);
        SplitPane main = new SplitPane(left, middle, right);
        main.setDividerPositions(0.19, 0.69);
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(right, false);
        setCenter(main);

        setOnDragOver(this::onDragOver);
        setOnDragDropped(this::onDragDropped);
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

    public DetailsView details() {
        return details;
    }

    public ArticleListView articles() {
        return articles;
    }

    public FilterBar filters() {
        return filters;
    }

    public PlayController play() {
        return play;
    }
}
