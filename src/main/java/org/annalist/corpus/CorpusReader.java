package org.annalist.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.annalist.task.Progress;

/**
 * Reads article files and folders into a {@link Corpus}: each format decoded, dated and cleared of
 * boilerplate; bad inputs reported one line each while the rest loads. Files are read in parallel,
 * but the result keeps the sorted input order. Never writes to its inputs.
 */
public final class CorpusReader {

    /** Below this many files a parallel read costs more than it saves. */
    private static final int PARALLEL_FROM = 16;

    private final FileSizeLimit limit;

    /**
     * A reader with the size limit of the system property {@value FileSizeLimit#PROPERTY}; the 20 MB
     * default when it is unset or unreadable (the command line reports an unreadable one).
     */
    public CorpusReader() {
        this(limitOrDefault());
    }

    private static FileSizeLimit limitOrDefault() {
        try {
            return FileSizeLimit.fromSystemProperty();
        } catch (IllegalArgumentException e) {
            return FileSizeLimit.DEFAULT;
        }
    }

    public CorpusReader(FileSizeLimit limit) {
        this.limit = limit;
    }

    /**
     * Reads every input (file or folder, recursively), reporting progress per file.
     *
     * @throws org.annalist.task.CancelledException when {@code progress} says the user cancelled
     */
    public Corpus read(List<Path> inputs, Progress progress) {
        return read(inputs, progress, ReadListener.NONE);
    }

    /** Reads as {@link #read(List, Progress)} does, telling {@code listener} of each article as it is assembled. */
    public Corpus read(List<Path> inputs, Progress progress, ReadListener listener) {
        InputWalker.Listing listing = new InputWalker(progress).list(inputs);
        List<Path> files = listing.files();
        listener.expecting(files.size());
        FileLoader loader = new FileLoader(limit, listener);
        java.util.Map<Path, String> ids = ArticleIds.assign(files);
        long total = files.size();
        AtomicLong done = new AtomicLong();
        progress.report(0, total, "reading " + total + " files");
        Stream<Path> stream = files.size() >= PARALLEL_FROM ? files.parallelStream() : files.stream();
        List<FileLoader.Result> results = stream.map(f -> {
            progress.checkCancelled();
            FileLoader.Result r = loader.load(f, ids.get(f));
            progress.report(done.incrementAndGet(), total, f.getFileName().toString());
            return r;
        }).toList();
        List<Article> articles = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>(listing.problems());
        List<LoadProblem> notes = new ArrayList<>();
        for (FileLoader.Result r : results) {
            articles.addAll(r.articles());
            problems.addAll(r.problems());
            notes.addAll(r.notes());
        }
        // corpus-wide evidence: an outlet's repeated lines are its furniture; its other articles settle day/month order
        articles = new NumericDateOrder().apply(new RepeatedLines().apply(articles));
        return new Corpus(articles, sorted(problems), listing.skipped(), notes);
    }

    /**
     * Everything a load of {@code inputs} would read or walk, as real paths (links resolved): the
     * inputs, every folder listed (linked folders included), every article file and its sidecar. An
     * output must lie on none of these files and in none of these folders.
     *
     * @return the real paths of files and of folders
     */
    public static Footprint footprint(List<Path> inputs) {
        InputWalker.Listing listing = new InputWalker().list(inputs);
        java.util.Set<Path> files = new java.util.TreeSet<>();
        java.util.Set<Path> folders = new java.util.TreeSet<>();
        for (Path in : inputs) {
            real(in).ifPresent(r -> (java.nio.file.Files.isDirectory(r) ? folders : files).add(r));
        }
        listing.folders().forEach(d -> real(d).ifPresent(folders::add));
        for (Path f : listing.files()) {
            real(f).ifPresent(files::add);
            InputKind kind = InputKind.of(f);
            Path sidecar = f.resolveSibling(kind.baseName(f) + Sidecar.SUFFIX);
            real(sidecar).ifPresent(files::add);
            // a sidecar that does not exist yet would become one on the next read
            real(f.toAbsolutePath().getParent()).ifPresent(d -> files.add(d.resolve(sidecar.getFileName())));
        }
        return new Footprint(List.copyOf(files), List.copyOf(folders));
    }

    /** Problems in path order (the listing's and the files' interleaved), so a run reads the same every time. */
    private static List<LoadProblem> sorted(List<LoadProblem> problems) {
        List<LoadProblem> out = new ArrayList<>(problems);
        out.sort(java.util.Comparator.comparing((LoadProblem p) -> p.path().toString()));
        return out;
    }

    /** The real paths an output must avoid: these files, and anything inside these folders. */
    public record Footprint(List<Path> files, List<Path> folders) {
    }

    private static java.util.Optional<Path> real(Path p) {
        try {
            return java.util.Optional.of(p.toRealPath());
        } catch (java.io.IOException | SecurityException e) {
            return java.util.Optional.empty();
        }
    }
}
