package org.annalist.ui.project;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What the project actions ask and tell the user; dialogs in the window, scripted in tests. */
public interface ProjectPrompts {

    /** What to do with unsaved changes before they would be lost. */
    enum Unsaved { SAVE, DISCARD, CANCEL }

    Optional<Path> chooseProjectToOpen();

    /** A file to save to, suggesting {@code suggested} (may be null). */
    Optional<Path> chooseSaveFile(Path suggested);

    Unsaved unsavedChanges(String projectName);

    /** True when the user wants the unsaved work of a session that ended unexpectedly back. */
    boolean recover(String what);

    void error(String message);

    /** True when the user agrees to go on (read a system folder, cancel a running load); no by default. */
    default boolean confirm(String title, String question) {
        return false;
    }

    /** Corrections that could not be applied to the articles as they are now. */
    void unapplied(String projectName, List<String> lines);
}
