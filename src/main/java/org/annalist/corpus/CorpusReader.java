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
        InputWalker.Listing listing = new InputWalker().list(inputs);
        List<Path> files = listing.files();
        FileLoader loader = new FileLoader(limit);
        long total = files.size();
        AtomicLong done = new AtomicLong();
        progress.report(0, total, "reading " + total + " files");
        Stream<Path> stream = files.size() >= PARALLEL_FROM ? files.parallelStream() : files.stream();
        List<FileLoader.Result> results = stream.map(f -> {
            progress.checkCancelled();
            FileLoader.Result r = loader.load(f);
            progress.report(done.incrementAndGet(), total, f.getFileName().toString());
            return r;
        }).toList();
        List<Article> articles = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>(listing.problems());
        for (FileLoader.Result r : results) {
            articles.addAll(r.articles());
            problems.addAll(r.problems());
        }
        // corpus-wide evidence: an outlet's repeated lines are its furniture; its other articles settle day/month order
        articles = new NumericDateOrder().apply(new RepeatedLines().apply(articles));
        return new Corpus(articles, problems, listing.skipped());
    }
}
