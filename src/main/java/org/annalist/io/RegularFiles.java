package org.annalist.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * The one way Annalist reads a whole file (articles, sidecars, catalogs, timex input, projects):
 * only regular files (a FIFO would hang, {@code /dev/zero} would never end), never more than a size
 * limit (checked before reading and again while reading, for files that grow), and every failure
 * turned into a short reason a user understands.
 */
public final class RegularFiles {

    private RegularFiles() {
    }

    /**
     * The bytes of {@code file}.
     *
     * @param maxBytes the largest size read
     * @param tooLarge how to word a file over the limit, given its size in words (e.g.
     *                 "file too large: 25 MB, over the 20 MB limit")
     * @throws UnreadableFileException with the one-line reason
     */
    public static byte[] read(Path file, long maxBytes, java.util.function.LongFunction<String> tooLarge)
            throws UnreadableFileException {
        BasicFileAttributes attrs = regularFile(file);
        if (attrs.size() > maxBytes) {
            throw new UnreadableFileException(tooLarge.apply(attrs.size()));
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new UnreadableFileException(tooLarge.apply(bytes.length));
            }
            return bytes;
        } catch (UnreadableFileException e) {
            throw e;
        } catch (IOException e) {
            throw new UnreadableFileException(reason(e));
        }
    }

    /** The bytes of {@code file}, with a plain "file too large" reason. */
    public static byte[] read(Path file, long maxBytes) throws UnreadableFileException {
        return read(file, maxBytes, size -> "file too large: " + human(size) + ", over the " + human(maxBytes) + " limit");
    }

    /**
     * The attributes of {@code file} when it is a regular file (links followed).
     *
     * @throws UnreadableFileException naming what it is instead
     */
    public static BasicFileAttributes regularFile(Path file) throws UnreadableFileException {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new UnreadableFileException(missingReason(file, e));
        }
        if (attrs.isDirectory()) {
            throw new UnreadableFileException("a folder, not a file");
        }
        if (!attrs.isRegularFile()) {
            throw new UnreadableFileException("not a regular file (a device, socket or pipe), not read");
        }
        if (!Files.isReadable(file)) {
            throw new UnreadableFileException("unreadable (permission denied)");
        }
        return attrs;
    }

    /** Why {@code file} cannot be reached: missing, a broken link, or a link loop. */
    public static String missingReason(Path file, IOException e) {
        if (e instanceof NoSuchFileException && Files.isSymbolicLink(file)) {
            return "broken symbolic link: its target does not exist";
        }
        if (isLoop(e)) {
            return "symbolic link loop: it leads back to itself, not followed";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        return reason(e);
    }

    /** True for ELOOP ("Too many levels of symbolic links") and the walker's loop exception. */
    public static boolean isLoop(IOException e) {
        if (e instanceof FileSystemLoopException) {
            return true;
        }
        String why = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        return why != null && why.toLowerCase(Locale.ROOT).contains("levels of symbolic links");
    }

    /** A short reason for an I/O failure: never just a path, never a class name alone. */
    public static String reason(IOException e) {
        if (e instanceof UnreadableFileException) {
            return e.getMessage();
        }
        if (e instanceof AccessDeniedException) {
            return "unreadable (permission denied)";
        }
        if (e instanceof NoSuchFileException) {
            return "unreadable: it vanished or is a broken symbolic link";
        }
        if (isLoop(e)) {
            return "symbolic link loop: it leads back to a folder above it, not followed";
        }
        String why = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        if (why == null || why.isBlank()) {
            why = "input/output error";
        }
        return "unreadable: " + PathText.escape(why.strip());
    }

    /** A size in words, "20 MB". */
    public static String human(long bytes) {
        if (bytes >= 1024L * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024)).replace(".0 ", " ");
        }
        if (bytes >= 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0).replace(".0 ", " ");
        }
        return bytes + " bytes";
    }

    /** True when {@code file} exists without following links (a link counts, even broken). */
    public static boolean existsNoFollow(Path file) {
        return Files.exists(file, LinkOption.NOFOLLOW_LINKS);
    }
}
