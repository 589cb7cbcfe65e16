package org.annalist.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.annalist.task.Progress;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Page furniture found on news-dev's real pages, counted by reason ({@code mvn verify -Pevaluation}). */
@Tag("evaluation")
class FurnitureAuditTest {

    private static final Path NEWS_DEV = Path.of(System.getProperty("annalist.shared", "../shared"), "data", "news-dev");

    @Test
    void countsExcludedRangesByReason() {
        assumeTrue(Files.isDirectory(NEWS_DEV), "no news-dev at " + NEWS_DEV);
        Corpus c = new CorpusReader().read(List.of(NEWS_DEV.resolve("libya/articles.jsonl"),
                NEWS_DEV.resolve("egypt/articles.jsonl")), Progress.NONE);

        Map<String, Integer> byReason = new TreeMap<>();
        long withRanges = c.articles().stream().filter(a -> !a.excluded().isEmpty()).count();
        for (Article a : c.articles()) {
            for (ExcludedRange r : a.excluded()) {
                byReason.merge(r.reason().replaceAll("'.*|\\d+ articles", "N"), 1, Integer::sum);
            }
        }
        System.out.printf("furniture audit: %d articles, %d with excluded ranges%n", c.articles().size(), withRanges);
        byReason.forEach((k, v) -> System.out.printf("  %5d %s%n", v, k));

        assertThat(byReason.keySet()).anyMatch(r -> r.contains("reader comments"))
                .anyMatch(r -> r.contains("repeated")).anyMatch(r -> r.contains("widget"));
    }
}
