package org.annalist.ui.project;

import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The project items of the File menu, the Edit menu (undo, redo and the event edits) and the
 * context menu of an event. Accelerators avoid the window's others (Ctrl+O files, Ctrl+Shift+O
 * folder, Ctrl+Y colour by type).
 */
public final class ProjectMenus {

    private final ProjectController project;
    private final EventActions edits;

    public ProjectMenus(ProjectController project, EventActions edits) {
        this.project = project;
        this.edits = edits;
    }

    /** New project, Open project…, Save project, Save project as…. */
    public List<MenuItem> fileItems() {
        return List.of(
                item("New project", "Shortcut+N", "mdoal-create_new_folder", project::newProject),
                item("Open project…", "Shortcut+Alt+O", "mdoal-folder_special", project::openDialog),
                item("Save project", "Shortcut+S", "mdomz-save", project::save),
                item("Save project as…", "Shortcut+Shift+S", null, project::saveAsDialog));
    }

    public Menu editMenu() {
        CorrectionSession s = project.session();
        MenuItem undo = item("Undo", "Shortcut+Z", "mdomz-undo", s::undo);
        undo.textProperty().bind(s.undoTextProperty());
        undo.disableProperty().bind(s.canUndoProperty().not());
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", "mdomz-redo", s::redo);
        redo.textProperty().bind(s.redoTextProperty());
        redo.disableProperty().bind(s.canRedoProperty().not());
        Menu menu = new Menu("_Edit", null, undo, redo, new SeparatorMenuItem());
        menu.getItems().addAll(eventItems(true));
        return menu;
    }

    /** The edits of the selected event, for a context menu on the event details or the timeline. */
    public ContextMenu eventContextMenu() {
        return new ContextMenu(eventItems(false).toArray(MenuItem[]::new));
    }

    private List<MenuItem> eventItems(boolean withKeys) {
        List<MenuItem> items = List.of(
                item("Change date…", withKeys ? "Shortcut+Alt+D" : null, "mdoal-event", edits::changeDate),
                item("Change type…", withKeys ? "Shortcut+Alt+T" : null, "mdoal-category", edits::changeType),
                item("Change actors…", withKeys ? "Shortcut+Alt+A" : null, "mdomz-people", edits::changeActors),
                item("Merge with…", withKeys ? "Shortcut+Alt+M" : null, "mdomz-merge_type", edits::mergeWith),
                item("Delete event", withKeys ? "Shortcut+DELETE" : null, "mdoal-delete", edits::delete),
                item("Note…", withKeys ? "Shortcut+Alt+N" : null, "mdomz-note_add", edits::note));
        items.forEach(i -> i.disableProperty().bind(edits.noSelectionProperty()));
        return items;
    }

    private static MenuItem item(String text, String accelerator, String icon, Runnable action) {
        MenuItem m = new MenuItem(text, icon == null ? null : new FontIcon(icon));
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        m.setOnAction(e -> action.run());
        return m;
    }
}
