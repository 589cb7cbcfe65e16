package org.annalist.corpus;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.annalist.io.RegularFiles;
import org.annalist.task.Progress;

/**
 * Expands the inputs into the article files to read, in a deterministic order: folders recursively
 * (following links, reporting link loops), hidden files and folders left out, sidecars kept for their
 * articles, files of other kinds listed as skipped.
 */
final class InputWalker {

    /**
     * The article files to read, the inputs that failed, the files of other kinds, and every folder
     * listed (as reached, links not resolved).
     */
    record Listing(List<Path> files, List<LoadProblem> problems, List<Path> skipped, List<Path> folders) {
    }

    private final Progress progress;

    InputWalker() {
        this(Progress.NONE);
    }

    /** @param progress asked per folder and per file, so a walk of a huge tree can be cancelled while listing */
    InputWalker(Progress progress) {
        this.progress = progress;
    }

    Listing list(List<Path> inputs) {
        Set<Path> seen = new LinkedHashSet<>();
        List<Path> files = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        List<Path> skipped = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        for (Path input : inputs) {
            List<Path> found = new ArrayList<>();
            if (Files.isDirectory(input)) {
                walk(input, found, problems, skipped, folders);
            } else if (Files.exists(input)) {
                classify(input, found, skipped);
            } else {
                try {
                    Files.readAttributes(input, java.nio.file.attribute.BasicFileAttributes.class);
                    problems.add(new LoadProblem(input, "no such file or folder"));
                } catch (IOException e) {
                    problems.add(new LoadProblem(input, RegularFiles.missingReason(input, e)));
                }
            }
            found.sort(null);
            for (Path f : found) {
                if (seen.add(f.toAbsolutePath().normalize())) {
                    files.add(f);
                }
            }
        }
        skipped.sort(null);
        return new Listing(files, problems, skipped, folders);
    }

    private void walk(Path root, List<Path> found, List<LoadProblem> problems, List<Path> skipped, List<Path> folders) {
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    progress.checkCancelled();
                    if (!dir.equals(root) && isHidden(dir)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    folders.add(dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    progress.checkCancelled();
                    if (isHidden(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isOther()) {
                        problems.add(new LoadProblem(file, "not a regular file (a device, socket or pipe), not read"));
                    } else {
                        classify(file, found, skipped);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (!isHidden(file)) {
                        problems.add(new LoadProblem(file, IoReasons.of(e)));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    if (e != null) {
                        problems.add(new LoadProblem(dir, "folder not fully listed: " + IoReasons.of(e)));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(new LoadProblem(root, IoReasons.of(e)));
        }
    }

    private static void classify(Path file, List<Path> found, List<Path> skipped) {
        InputKind kind = InputKind.of(file);
        if (kind.isArticle()) {
            found.add(file);
        } else if (kind == InputKind.OTHER || !Files.exists(articleOf(file), LinkOption.NOFOLLOW_LINKS)) {
            skipped.add(file);
        }
    }

    /** Whether a sidecar has an article is not known by name alone; any .txt/.html/.htm sibling counts. */
    private static Path articleOf(Path sidecar) {
        String base = InputKind.SIDECAR.baseName(sidecar);
        for (String ext : List.of(".txt", ".html", ".htm")) {
            Path p = sidecar.resolveSibling(base + ext);
            if (Files.exists(p)) {
                return p;
            }
        }
        return sidecar.resolveSibling(base + ".txt");
    }

    private static boolean isHidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
