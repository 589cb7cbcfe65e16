package org.annalist.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annalist.analysis.Analysis;
import org.annalist.corpus.CorpusReader;
import org.annalist.export.AtomicFiles;
import org.annalist.io.PathText;
import org.annalist.io.RegularFiles;

/** Checks and helpers shared by the commands that write a file ({@code render}, {@code export}). */
final class BatchOutput {

    private BatchOutput() {
    }

    /** A positive whole number within bounds, or an exception whose message is the one-line reason. */
    static int positive(String option, String value, int min, int max) {
        try {
            int v = Integer.parseInt(value.trim());
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " '" + value + "' must be a whole number from " + min + " to " + max);
    }

    /**
     * Refuses an output that would replace or land among the inputs, with links resolved: the
     * output's real path must be none of the files a read of {@code inputs} touches (articles and
     * their sidecars) and lie in none of the folders it walks. Only a regular file (or a new one) is
     * a valid target, and its folder must exist unless {@code mkdirs} allows creating it.
     */
    static void checkOutput(Path out, List<Path> inputs, boolean mkdirs) {
        String name = PathText.escape(out);
        try {
            AtomicFiles.checkTarget(out);
        } catch (IOException e) {
            throw new IllegalArgumentException("--out " + name + " is " + e.getMessage().substring(
                    e.getMessage().indexOf(" is ") + 4));
        }
        Path target = realTarget(out, mkdirs);
        CorpusReader.Footprint footprint = CorpusReader.footprint(inputs);
        if (footprint.files().contains(target)) {
            throw new IllegalArgumentException("--out " + name + " is one of the inputs (" + PathText.escape(target)
                    + ", links resolved); refusing to overwrite it");
        }
        for (Path folder : footprint.folders()) {
            if (target.startsWith(folder)) {
                throw new IllegalArgumentException("--out " + name + " lies inside the input folder "
                        + PathText.escape(folder) + " (links resolved); write it elsewhere");
            }
        }
    }

    /** The output's real path: its nearest existing folder resolved (links, ..), the missing rest appended. */
    private static Path realTarget(Path out, boolean mkdirs) {
        Path abs = out.toAbsolutePath();
        Path existing = abs.getParent();
        java.util.Deque<Path> missing = new java.util.ArrayDeque<>();
        missing.push(abs.getFileName());
        while (existing != null && !Files.exists(existing)) {
            missing.push(existing.getFileName());
            existing = existing.getParent();
        }
        if (missing.size() > 1 && !mkdirs) {
            throw new IllegalArgumentException("--out " + PathText.escape(out) + ": the folder "
                    + PathText.escape(abs.getParent()) + " does not exist (add --mkdirs to create it)");
        }
        if (existing != null && !Files.isDirectory(existing)) {
            throw new IllegalArgumentException("--out " + PathText.escape(out) + ": " + PathText.escape(existing)
                    + " is not a folder");
        }
        try {
            Path real = existing == null ? Path.of("/") : existing.toRealPath();
            for (Path p : missing) {
                real = real.resolve(p.toString());
            }
            return real.normalize();
        } catch (IOException e) {
            throw new IllegalArgumentException("--out " + PathText.escape(out) + ": " + RegularFiles.reason(e));
        }
    }

    /** The title drawn on pictures and written into exports. */
    static String title(List<Path> inputs, Analysis analysis) {
        String what = inputs.size() == 1 && inputs.get(0).getFileName() != null
                ? inputs.get(0).toAbsolutePath().normalize().getFileName().toString()
                : inputs.size() + " inputs";
        int n = analysis.articles().size();
        return what + " \u2014 " + n + (n == 1 ? " article" : " articles");
    }

    static String reason(IOException e) {
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return PathText.escape(f.getReason());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : PathText.escape(e.getMessage());
    }
}
