package org.annalist.ui.project;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.annalist.analysis.Analyzer;
import org.annalist.project.ProjectStore;
import org.annalist.timeline.TimeScale;
import org.annalist.ui.timeline.TimelineViewModel;
import org.annalist.ui.workspace.WorkspaceViewModel;

/**
 * Projects and corrections in the window, put together: the controller, the edit actions, their
 * menus, the note label, and what the stage needs (title, close confirmation, autosave, recovery).
 */
public final class ProjectUi {

    /** How often a project with unsaved changes is autosaved. */
    public static final Duration AUTOSAVE_EVERY = Duration.seconds(60);

    private final ProjectController controller;
    private final EventActions actions;
    private final ProjectMenus menus;
    private final EventNote note;

    public ProjectUi(WorkspaceViewModel workspace, TimelineViewModel timeline, Analyzer analyzer, ProjectStore store,
                     Supplier<Window> owner) {
        controller = new ProjectController(workspace, analyzer, store, new ProjectDialogs(owner));
        controller.timeline(timeline);
        actions = new EventActions(workspace, controller.session(), new EditDialogs(owner));
        menus = new ProjectMenus(controller, actions);
        note = new EventNote(workspace, controller.session());
        controller.statusProperty().addListener((o, was, now) -> workspace.report(now));
        controller.session().unappliedProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                workspace.report(now.size() + " correction(s) could not be applied: " + now.get(0));
            }
        });
    }

    /**
     * An edit keeps the timeline's window (and so the Dates fields), which a new analysis
     * would otherwise reset.
     */
    public void keepView(TimelineViewModel timeline) {
        controller.session().keepViewWith(() -> {
            // the Dates fields follow the timeline's window, so keeping the window keeps them
            TimeScale scale = timeline.scale();
            return () -> {
                timeline.scaleProperty().set(scale.withWidth(timeline.scale().width()));
                timeline.pan(0); // marks the window as the user's, so it is not fitted again
            };
        });
    }

    /** The edit menu as a context menu on {@code node} (the event details). */
    public void contextMenuOn(Node node) {
        ContextMenu menu = menus.eventContextMenu();
        node.setOnContextMenuRequested(e -> {
            menu.show(node, e.getScreenX(), e.getScreenY());
            e.consume();
        });
    }

    /**
     * Binds the stage's title, asks before unsaved changes are closed away, starts the autosave and
     * offers the work a crashed session left behind.
     */
    public void attach(Stage stage) {
        // a listener, not a binding: the app (and its tests) may set the title of a reused stage
        stage.setTitle(controller.titleProperty().get());
        controller.titleProperty().addListener((o, was, now) -> stage.setTitle(now));
        stage.setOnCloseRequest(e -> {
            if (!controller.mayDiscardChanges()) {
                e.consume();
            }
        });
        new Autosave(controller, AUTOSAVE_EVERY).start();
        controller.offerRecovery();
    }

    public ProjectController controller() {
        return controller;
    }

    public EventActions actions() {
        return actions;
    }

    public ProjectMenus menus() {
        return menus;
    }

    public EventNote note() {
        return note;
    }
}
