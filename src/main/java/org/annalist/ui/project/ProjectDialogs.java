package org.annalist.ui.project;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.annalist.project.ProjectStore;

/** The project dialogs of the window: file choosers, unsaved changes, recovery, errors. */
public final class ProjectDialogs implements ProjectPrompts {

    private static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    private static final ButtonType DONT_SAVE = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
    private final Supplier<Window> owner;

    public ProjectDialogs(Window owner) {
        this(() -> owner);
    }

    /** @param owner the window the dialogs belong to, asked when a dialog opens */
    public ProjectDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    private static FileChooser chooser(String title) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Annalist projects", "*" + ProjectStore.EXTENSION),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        return c;
    }

    @Override
    public Optional<Path> chooseProjectToOpen() {
        File f = chooser("Open project").showOpenDialog(owner.get());
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSaveFile(Path suggested) {
        FileChooser c = chooser("Save project as");
        if (suggested != null && suggested.getParent() != null) {
            c.setInitialDirectory(suggested.getParent().toFile());
            c.setInitialFileName(suggested.getFileName().toString());
        } else {
            c.setInitialFileName("untitled" + ProjectStore.EXTENSION);
        }
        return Optional.ofNullable(c.showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Unsaved unsavedChanges(String projectName) {
        Alert a = alert(Alert.AlertType.CONFIRMATION, "Unsaved changes",
                "Save the changes to " + projectName + "?", "Your corrections are lost if you don't save them.");
        a.getButtonTypes().setAll(SAVE, DONT_SAVE, ButtonType.CANCEL);
        ButtonType b = a.showAndWait().orElse(ButtonType.CANCEL);
        return b == SAVE ? Unsaved.SAVE : b == DONT_SAVE ? Unsaved.DISCARD : Unsaved.CANCEL;
    }

    @Override
    public boolean recover(String what) {
        Alert a = alert(Alert.AlertType.CONFIRMATION, "Recover unsaved work", what + ".",
                "Recover it? If you don't, the unsaved work is deleted.");
        a.getButtonTypes().setAll(new ButtonType("Recover", ButtonBar.ButtonData.YES),
                new ButtonType("Delete it", ButtonBar.ButtonData.NO));
        return a.showAndWait().map(b -> b.getButtonData() == ButtonBar.ButtonData.YES).orElse(false);
    }

    @Override
    public boolean confirm(String title, String question) {
        Alert a = alert(Alert.AlertType.CONFIRMATION, title, question, null);
        a.getButtonTypes().setAll(new ButtonType("Go on", ButtonBar.ButtonData.YES), ButtonType.CANCEL);
        return a.showAndWait().map(b -> b.getButtonData() == ButtonBar.ButtonData.YES).orElse(false);
    }

    @Override
    public void error(String message) {
        alert(Alert.AlertType.ERROR, "Annalist project", message, null).showAndWait();
    }

    @Override
    public void unapplied(String projectName, List<String> lines) {
        Alert a = alert(Alert.AlertType.WARNING, "Some corrections no longer apply",
                lines.size() + " of the corrections in " + projectName + " could not be applied to the articles as "
                        + "they are now. They are kept in the project; nothing was dropped.", null);
        TextArea list = new TextArea(String.join("\n", lines));
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefRowCount(Math.min(12, lines.size() + 1));
        a.getDialogPane().setContent(list);
        a.show();
    }

    private Alert alert(Alert.AlertType type, String title, String header, String content) {
        Alert a = new Alert(type);
        if (owner.get() != null) {
            a.initOwner(owner.get());
        }
        a.setTitle(title);
        a.setHeaderText(header);
        a.setContentText(content);
        return a;
    }
}
