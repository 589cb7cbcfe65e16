package org.annalist.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link BenchRun} measures.
 *
 * @param articleCounts corpus sizes for reading + extraction
 * @param eventCounts   synthetic analysis sizes for timeline frames
 * @param firstFrame    whether to launch the window once to time its first frame
 * @param shared        the shared folder holding {@code data/tempeval3-train}
 * @param samples       the samples folder: fallback texts, and what the window opens
 * @param workFolder    where corpora are written (and deleted after)
 */
public record BenchOptions(List<Integer> articleCounts, List<Integer> eventCounts, boolean firstFrame,
                           Path shared, Path samples, Path workFolder) {

    public BenchOptions {
        articleCounts = List.copyOf(articleCounts);
        eventCounts = List.copyOf(eventCounts);
        if (articleCounts.stream().anyMatch(n -> n < 1) || eventCounts.stream().anyMatch(n -> n < 1)) {
            throw new IllegalArgumentException("sizes must be positive");
        }
    }
}
