package org.annalist.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.annalist.io.PathText;

/**
 * Writes a file so that readers see either the old content or the complete new content, never a
 * half-written file: the bytes go to a temporary file in the same folder, are flushed to the disk
 * (fsync), and the temporary file is then moved over the target. Only regular files are replaced:
 * a FIFO, a device or a symbolic link as target is refused, so {@code /dev/null} or a link into
 * the inputs is never replaced by a regular file. No folder is created unless asked
 * ({@link #createFolders}). Temporary files are removed on every path: on failure, on a normal
 * exit or a signal (shutdown hook), and temporaries older than an hour left by a killed run of the
 * same target are swept before writing.
 */
public final class AtomicFiles {

    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final String TEMP_SUFFIX = ".tmp";
    private static final Duration STALE = Duration.ofHours(1);
    private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

    static {
        Thread hook = new Thread(() -> IN_FLIGHT.forEach(p -> {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // best effort while the process ends
            }
        }), "annalist-temp-cleanup");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    private AtomicFiles() {
    }

    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        checkTarget(absolute);
        if (dir != null && !Files.isDirectory(dir)) {
            throw new NoSuchFileException(absolute.toString(), null,
                    "the folder " + PathText.escape(dir) + " does not exist");
        }
        sweepStale(absolute);
        // not Files.createTempFile: its owner-only permissions would end up on the exported file
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + "." + UUID.randomUUID() + TEMP_SUFFIX);
        IN_FLIGHT.add(temp);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            checkTarget(absolute);
            move(temp, absolute);
            syncFolder(dir);
        } finally {
            Files.deleteIfExists(temp);
            IN_FLIGHT.remove(temp);
        }
    }

    /** Creates the missing folders above {@code target} (the command line's {@code --mkdirs}). */
    public static void createFolders(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
    }

    /**
     * Refuses a target that exists and is not a regular file: a folder, a FIFO, a device, a socket
     * or a symbolic link (even to a regular file: the link would be replaced, or its target written
     * through a name the user did not give).
     */
    public static void checkTarget(Path target) throws IOException {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException absent) {
            return;
        }
        String what = a.isSymbolicLink() ? "a symbolic link" : a.isDirectory() ? "a folder"
                : a.isOther() ? "not a regular file (a device, socket or pipe)" : null;
        if (what != null) {
            throw new IOException(PathText.escape(target) + " is " + what + "; only regular files are written");
        }
    }

    /** Moves atomically where the file system allows it, else replaces. */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable; not every system can open a folder (Windows cannot): best effort. */
    private static void syncFolder(Path dir) {
        if (dir == null) {
            return;
        }
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // the data itself is synced; only the folder entry may lag
        }
    }

    /** Temporaries of this target left by a run that was killed (no hook runs on SIGKILL or power loss). */
    private static void sweepStale(Path target) {
        Path dir = target.getParent();
        if (dir == null) {
            return;
        }
        String prefix = "." + target.getFileName() + ".";
        Instant before = Instant.now().minus(STALE);
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, p -> {
            String n = p.getFileName().toString();
            return n.startsWith(prefix) && n.endsWith(TEMP_SUFFIX) && n.length() == prefix.length() + 36 + TEMP_SUFFIX.length();
        })) {
            for (Path t : temps) {
                BasicFileAttributes a = Files.readAttributes(t, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (a.isRegularFile() && a.lastModifiedTime().toInstant().isBefore(before)) {
                    Files.deleteIfExists(t);
                }
            }
        } catch (IOException ignored) {
            // sweeping is a courtesy; the write itself goes on
        }
    }
}
