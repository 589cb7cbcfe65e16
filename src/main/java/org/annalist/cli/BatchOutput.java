package org.annalist.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annalist.analysis.Analysis;

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

    /** Refuses an output that is, or lies inside, one of the inputs' files. */
    static void checkNotAnInput(Path out, List<Path> inputs) {
        Path target = out.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            throw new IllegalArgumentException("--out " + out + " is a folder, not a file");
        }
        for (Path in : inputs) {
            Path input = in.toAbsolutePath().normalize();
            if (target.equals(input)) {
                throw new IllegalArgumentException("--out " + out + " is one of the inputs; refusing to overwrite it");
            }
            if (Files.isDirectory(input) && target.startsWith(input)) {
                throw new IllegalArgumentException("--out " + out + " lies inside the input folder " + in
                        + "; write it elsewhere");
            }
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
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
