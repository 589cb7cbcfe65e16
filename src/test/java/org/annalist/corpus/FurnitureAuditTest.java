package org.annalist.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.annalist.task.Progress;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Page furniture counted by reason ({@code mvn verify -Pevaluation}): on all of news-dev, and on the
 * 200-article audit set = 181 news-dev articles drawn with seed 11 plus the 19 pages written in the
 * outlets' styles ({@code src/test/resources/org/annalist/corpus/furniture}). News-dev is loaded
 * whole, since the repetition rule needs an outlet's other pages.
 */
@Tag("evaluation")
class FurnitureAuditTest {

    private static final Path NEWS_DEV = Path.of(System.getProperty("annalist.shared", "../shared"), "data", "news-dev");

    @Test
    void countsExcludedRangesByReason() throws Exception {
        assumeTrue(Files.isDirectory(NEWS_DEV), "no news-dev at " + NEWS_DEV);
        Corpus c = new CorpusReader().read(List.of(NEWS_DEV.resolve("libya/articles.jsonl"),
                NEWS_DEV.resolve("egypt/articles.jsonl")), Progress.NONE);
        Map<String, Integer> all = tally("news-dev (all)", c.articles());

        List<Article> drawn = new ArrayList<>(c.articles());
        Collections.shuffle(drawn, new Random(11));
        List<Article> audit = new ArrayList<>(drawn.subList(0, 181));
        audit.addAll(new CorpusReader().read(List.of(WrittenFurniturePagesTest.folder()), Progress.NONE).articles());
        Map<String, Integer> set = tally("audit set (181 news-dev, seed 11, + 19 written pages)", audit);

        assertThat(audit).hasSize(200);
        assertThat(all.keySet()).anyMatch(r -> r.contains("reader comments"))
                .anyMatch(r -> r.contains("repeated")).anyMatch(r -> r.contains("widget"));
        assertThat(set.keySet()).anyMatch(r -> r.contains("reader comments")).anyMatch(r -> r.contains("headlines"));
    }

    private static Map<String, Integer> tally(String name, List<Article> articles) {
        Map<String, Integer> byReason = new TreeMap<>();
        long withRanges = articles.stream().filter(a -> !a.excluded().isEmpty()).count();
        for (Article a : articles) {
            for (ExcludedRange r : a.excluded()) {
                byReason.merge(r.reason().replaceAll("'.*|\\d+ articles", "N"), 1, Integer::sum);
            }
        }
        System.out.printf("furniture audit, %s: %d articles, %d with excluded ranges%n", name, articles.size(), withRanges);
        byReason.forEach((k, v) -> System.out.printf("  %5d %s%n", v, k));
        return byReason;
    }
}
