package org.annalist.ui.project;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import org.annalist.analysis.Analysis;
import org.annalist.analysis.Analyzer;
import org.annalist.project.CorrectionApplier;
import org.annalist.project.Corrections;
import org.annalist.project.Project;
import org.annalist.project.ProjectException;
import org.annalist.io.PathText;
import org.annalist.project.ProjectOpener;
import org.annalist.project.SystemFolders;
import org.annalist.project.ProjectStore;
import org.annalist.ui.timeline.TimelineViewModel;
import org.annalist.ui.workspace.WorkspaceViewModel;

/**
 * The project behind the window: its file, its corrections (through a {@link CorrectionSession})
 * and whether it has unsaved changes. New, open, save, save as, autosave and crash recovery;
 * opening reads and analyses the inputs in the background and reports corrections that no longer
 * apply. A view-model: tests drive it without a window.
 */
public final class ProjectController {

    private final WorkspaceViewModel workspace;
    private final Analyzer analyzer;
    private final ProjectStore store;
    private final ProjectPrompts prompts;
    private final CorrectionSession session;
    private final ViewStates views;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Annalist");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final BooleanProperty inputsChanged = new SimpleBooleanProperty(false);
    private final BooleanProperty recovered = new SimpleBooleanProperty(false);
    private final BooleanBinding dirty;
    private List<Path> savedInputs = List.of();
    private List<Path> savedArticleFiles = List.of();

    public ProjectController(WorkspaceViewModel workspace, Analyzer analyzer, ProjectStore store, ProjectPrompts prompts) {
        this.workspace = workspace;
        this.analyzer = analyzer;
        this.store = store;
        this.prompts = prompts;
        this.session = new CorrectionSession(workspace, analyzer);
        this.views = new ViewStates(workspace);
        dirty = session.dirtyProperty().or(inputsChanged).or(recovered);
        title.bind(Bindings.createStringBinding(this::titleText, file, dirty));
        workspace.analysisProperty().addListener(o -> inputsChanged.set(file.get() != null
                && !savedArticleFiles.equals(articleFiles())));
    }

    /** Lets saved projects remember lanes, colours and the timeline's window. */
    public void timeline(TimelineViewModel model) {
        views.timeline(model);
    }

    private String titleText() {
        Path f = file.get();
        String name = f == null ? (dirty.get() ? "untitled" : null) : f.getFileName().toString();
        return "Annalist" + (name == null ? "" : " — " + name) + (dirty.get() ? " *" : "");
    }

    /** The project as it would be saved now. */
    public Project project() {
        return new Project(inputs(), session.corrections(), views.capture());
    }

    /** The project's inputs as opened (a folder stays a folder), or the files of the articles now shown. */
    private List<Path> inputs() {
        List<Path> files = articleFiles();
        return files.equals(savedArticleFiles) && !savedInputs.isEmpty() ? savedInputs : files;
    }

    private List<Path> articleFiles() {
        return workspace.analysis().articles().stream().map(a -> a.path().toAbsolutePath().normalize())
                .distinct().toList();
    }

    /** A new, untitled project on the articles shown, without corrections. */
    public void newProject() {
        if (!mayDiscardChanges()) {
            return;
        }
        Analysis uncorrected = session.uncorrected();
        session.reset(Corrections.none(), uncorrected, new CorrectionApplier(null).apply(uncorrected, Corrections.none()));
        forget(null);
        status.set("New project on the " + uncorrected.articles().size() + " articles shown");
    }

    public void openDialog() {
        if (mayDiscardChanges()) {
            prompts.chooseProjectToOpen().ifPresent(f -> open(f, false));
        }
    }

    /** Opens {@code f}: a damaged or too new file is reported and nothing changes. */
    public void open(Path f) {
        open(f, true);
    }

    private void open(Path f, boolean askToDiscard) {
        if (askToDiscard && !mayDiscardChanges()) {
            return;
        }
        Project p;
        try {
            p = store.open(f);
        } catch (ProjectException e) {
            prompts.error(e.getMessage());
            return;
        }
        Optional<Project> newer = store.recover(f);
        boolean recover = newer.isPresent() && prompts.recover(f.getFileName() + " has unsaved changes from a session"
                + " that ended unexpectedly");
        load(recover ? newer.get() : p, f, p.inputs(), recover);
    }

    /** At start-up: offers the autosave an untitled project left behind after a crash. */
    public void offerRecovery() {
        Optional<Project> lost = store.recover(null);
        if (lost.isEmpty()) {
            return;
        }
        if (prompts.recover("An untitled project has unsaved work from a session that ended unexpectedly")) {
            load(lost.get(), null, List.of(), true);
        } else {
            discardAutosave();
        }
    }

    private void load(Project p, Path f, List<Path> inputsOfFile, boolean fromAutosave) {
        String name = f == null ? "the recovered project" : f.getFileName().toString();
        List<Path> risky = SystemFolders.among(p.inputs());
        if (!risky.isEmpty() && !prompts.confirm("Read a system folder?", name + " reads " + PathText.escape(risky.get(0))
                + ", a system folder or a whole disk: every text file there would be loaded. Read it anyway?")) {
            return;
        }
        ProjectOpener opener = new ProjectOpener(analyzer, true);
        workspace.tasks().run("Opening " + name + "…", progress -> {
            Analysis fresh = opener.read(p, progress);
            progress.checkCancelled();
            return new Opened(fresh, new CorrectionApplier(analyzer).apply(fresh, p.corrections()));
        }, opened -> {
            views.restoreFilters(p.view(), opened.corrected().analysis().actors());
            savedInputs = p.inputs();
            file.set(f);
            session.reset(p.corrections(), opened.fresh(), opened.corrected());
            savedArticleFiles = articleFiles();
            recovered.set(fromAutosave);
            inputsChanged.set(f != null && !inputsOfFile.equals(p.inputs()));
            views.restoreView(p.view());
            status.set("Opened " + name + ": " + opened.fresh().articles().size() + " articles, "
                    + p.corrections().edits().size() + " corrections");
            if (!opened.corrected().unapplied().isEmpty()) {
                prompts.unapplied(name, opened.corrected().unapplied());
            }
        }, error -> prompts.error("Could not open " + name + ": " + error));
    }

    private record Opened(Analysis fresh, CorrectionApplier.Result corrected) {
    }

    /** Saves to the project's file, or asks for one; false when nothing was saved. */
    public boolean save() {
        Path f = file.get();
        return f == null ? saveAsDialog() : saveAs(f);
    }

    public boolean saveAsDialog() {
        Optional<Path> f = prompts.chooseSaveFile(file.get());
        return f.isPresent() && saveAs(withExtension(f.get()));
    }

    public boolean saveAs(Path f) {
        Project p = project();
        try {
            store.save(p, f);
        } catch (ProjectException e) {
            prompts.error(e.getMessage());
            return false;
        }
        if (file.get() == null) {
            discardAutosave(); // the untitled autosave is not needed any more
        }
        savedInputs = p.inputs();
        savedArticleFiles = articleFiles();
        forget(f);
        status.set("Saved " + f.getFileName());
        return true;
    }

    /** Writes the unsaved state where {@link ProjectStore#recover} finds it after a crash. */
    public void autosaveIfDirty() {
        if (!dirty.get()) {
            return;
        }
        try {
            store.autosave(project(), file.get());
        } catch (ProjectException e) {
            status.set(e.getMessage());
        }
    }

    /** Asks what to do with unsaved changes; true when the caller may go on. */
    public boolean mayDiscardChanges() {
        if (!dirty.get()) {
            return true;
        }
        Path f = file.get();
        return switch (prompts.unsavedChanges(f == null ? "untitled" : f.getFileName().toString())) {
            case SAVE -> save();
            case DISCARD -> {
                discardAutosave();
                yield true;
            }
            case CANCEL -> false;
        };
    }

    private void forget(Path f) {
        file.set(f);
        session.markSaved();
        inputsChanged.set(false);
        recovered.set(false);
    }

    private void discardAutosave() {
        try {
            store.discardAutosave(file.get());
        } catch (IOException e) {
            status.set("Could not remove the autosave: " + e.getMessage());
        }
    }

    private static Path withExtension(Path f) {
        String name = f.getFileName().toString();
        return name.endsWith(ProjectStore.EXTENSION) ? f
                : f.resolveSibling(name.replaceFirst("\\.json$", "") + ProjectStore.EXTENSION);
    }

    public CorrectionSession session() {
        return session;
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** "Annalist — case.annalist.json *" (the star when there are unsaved changes). */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ObservableBooleanValue dirtyProperty() {
        return dirty;
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** The last thing the project actions did, for the status line. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
