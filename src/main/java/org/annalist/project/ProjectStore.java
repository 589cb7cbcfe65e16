package org.annalist.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.annalist.export.AtomicFiles;

/**
 * Opens and saves {@code .annalist.json} projects. Saves are atomic (temporary file, then an atomic
 * move) and keep the previous file as {@code NAME.bak}. Autosaves go beside the project
 * ({@code NAME.autosave}), or for a project never saved into the recovery folder, so that
 * {@link #recover} can offer them after a crash.
 */
public final class ProjectStore {

    public static final String EXTENSION = ".annalist.json";
    private static final String UNTITLED = "untitled" + EXTENSION;

    private final Path recoveryFolder;

    /** @param recoveryFolder where autosaves of never-saved projects go (e.g. {@code ~/.annalist/recovery}) */
    public ProjectStore(Path recoveryFolder) {
        this.recoveryFolder = recoveryFolder;
    }

    /** The default store, recovering into {@code ~/.annalist/recovery}. */
    public static ProjectStore standard() {
        return new ProjectStore(Path.of(System.getProperty("user.home"), ".annalist", "recovery"));
    }

    public Project open(Path file) throws ProjectException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ProjectException(file + ": no such project file", e);
        } catch (IOException e) {
            throw new ProjectException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        return ProjectCodec.decode(bytes, file);
    }

    /** Saves atomically, keeps the previous version as {@code .bak}, and drops the autosave. */
    public void save(Project project, Path file) throws ProjectException {
        try {
            byte[] bytes = ProjectCodec.encode(project, file);
            if (Files.isRegularFile(file)) {
                Files.copy(file, backupOf(file), StandardCopyOption.REPLACE_EXISTING);
            }
            AtomicFiles.write(file, out -> out.write(bytes));
            Files.deleteIfExists(autosaveOf(file));
        } catch (IOException e) {
            throw new ProjectException(file + ": could not be saved (" + e.getMessage() + ")", e);
        }
    }

    /** Writes the unsaved state beside {@code file}, or to the recovery folder when {@code file} is null. */
    public void autosave(Project project, Path file) throws ProjectException {
        Path target = file == null ? recoveryFolder.resolve(UNTITLED) : autosaveOf(file);
        try {
            byte[] bytes = ProjectCodec.encode(project, file == null ? target : file);
            AtomicFiles.write(target, out -> out.write(bytes));
        } catch (IOException e) {
            throw new ProjectException(target + ": autosave failed (" + e.getMessage() + ")", e);
        }
    }

    /**
     * An autosave newer than the saved project (or, for {@code file == null}, of an untitled
     * project), left behind by a session that ended without saving. A damaged autosave is ignored.
     */
    public Optional<Project> recover(Path file) {
        Path auto = file == null ? recoveryFolder.resolve(UNTITLED) : autosaveOf(file);
        try {
            if (!Files.isRegularFile(auto)) {
                return Optional.empty();
            }
            if (file != null && Files.isRegularFile(file)
                    && modified(auto).compareTo(modified(file)) < 0) {
                return Optional.empty();
            }
            return Optional.of(ProjectCodec.decode(Files.readAllBytes(auto), file == null ? auto : file));
        } catch (IOException | ProjectException e) {
            return Optional.empty();
        }
    }

    /** Forgets the autosave (after the user declined recovery, or closed without saving on purpose). */
    public void discardAutosave(Path file) throws IOException {
        Files.deleteIfExists(file == null ? recoveryFolder.resolve(UNTITLED) : autosaveOf(file));
    }

    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    public static Path autosaveOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".autosave");
    }

    private static FileTime modified(Path p) throws IOException {
        return Files.getLastModifiedTime(p);
    }
}
