package org.annalist.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.annalist.export.AtomicFiles;
import org.annalist.io.PathText;
import org.annalist.io.RegularFiles;
import org.annalist.io.UnreadableFileException;

/**
 * Opens and saves {@code .annalist.json} projects. Saves are atomic (temporary file, then an atomic
 * move) and keep the previous file as {@code NAME.bak}. Autosaves go beside the project
 * ({@code NAME.autosave}), or for a project never saved into the recovery folder, so that
 * {@link #recover} can offer them after a crash.
 */
public final class ProjectStore {

    public static final String EXTENSION = ".annalist.json";
    private static final String UNTITLED = "untitled" + EXTENSION;

    /** A project holds paths and corrections, not articles: 64 MB is far beyond any real one. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

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
        return ProjectCodec.decode(readProject(file), file);
    }

    /** Saves atomically, keeps the previous version as {@code .bak}, and drops the autosave. */
    public void save(Project project, Path file) throws ProjectException {
        try {
            byte[] bytes = ProjectCodec.encode(project, file);
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                // the backup is itself written atomically: a kill leaves the old .bak or the new, never half of one
                AtomicFiles.write(backupOf(file), out -> Files.copy(file, out));
            }
            AtomicFiles.write(file, out -> out.write(bytes));
            Files.deleteIfExists(autosaveOf(file));
        } catch (IOException e) {
            throw new ProjectException(PathText.escape(file) + ": could not be saved (" + RegularFiles.reason(e)
                    .replaceFirst("^unreadable: ", "") + ")", e);
        }
    }

    /** Writes the unsaved state beside {@code file}, or to the recovery folder when {@code file} is null. */
    public void autosave(Project project, Path file) throws ProjectException {
        Path target = file == null ? recoveryFolder.resolve(UNTITLED) : autosaveOf(file);
        try {
            byte[] bytes = ProjectCodec.encode(project, file == null ? target : file);
            if (file == null) {
                AtomicFiles.createFolders(target);
            }
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
            return Optional.of(ProjectCodec.decode(readProject(auto), file == null ? auto : file));
        } catch (IOException | ProjectException e) {
            return Optional.empty();
        }
    }

    /** Forgets the autosave (after the user declined recovery, or closed without saving on purpose). */
    public void discardAutosave(Path file) throws IOException {
        Files.deleteIfExists(file == null ? recoveryFolder.resolve(UNTITLED) : autosaveOf(file));
    }

    /** The bytes of a project file, through the same regular-file and size checks as articles. */
    private static byte[] readProject(Path file) throws ProjectException {
        try {
            return RegularFiles.read(file, MAX_BYTES, size -> "project file too large: " + RegularFiles.human(size)
                    + ", over the " + RegularFiles.human(MAX_BYTES) + " limit");
        } catch (UnreadableFileException e) {
            String reason = e.getMessage().equals("no such file or folder") ? "no such project file" : e.getMessage();
            throw new ProjectException(PathText.escape(file) + ": " + reason, e);
        }
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
