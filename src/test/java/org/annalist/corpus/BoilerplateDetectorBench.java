package org.annalist.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * How long the furniture rules take on real pages: {@link BoilerplateDetector#detect} over every text of
 * news-dev/libya (tune), after a warm-up, best of five rounds, with a checksum of the ranges found so that two
 * builds can be compared for speed and for output. Run with {@code mvn -o -q test -Pevaluation
 * -Dtest=BoilerplateDetectorBench}; prints, asserts nothing (a measurement, not a test).
 */
@Tag("evaluation")
class BoilerplateDetectorBench {

    private static final Path LIBYA = Path.of("/work/shared/data/news-dev/libya/articles.jsonl");

    static boolean dataPresent() {
        return Files.isReadable(LIBYA);
    }

    /** The same run outside JUnit, for a profiler: {@code java -cp target/classes:target/test-classes:target/lib/* ...}. */
    public static void main(String[] args) throws Exception {
        new BoilerplateDetectorBench().detectOnLibya();
    }

    @Test
    @EnabledIf("dataPresent")
    void detectOnLibya() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new java.util.ArrayList<>();
        for (String l : Files.readAllLines(LIBYA)) {
            if (!l.isBlank()) {
                texts.add(json.readTree(l).path("text").asText(""));
            }
        }
        BoilerplateDetector detector = new BoilerplateDetector(BoilerplateRules.standard());
        long best = Long.MAX_VALUE;
        long checksum = 0;
        for (int round = 0; round < 7; round++) {
            long t0 = System.nanoTime();
            checksum = 0;
            for (String t : texts) {
                for (ExcludedRange r : detector.detect(t, 0)) {
                    checksum = checksum * 31 + r.span().start() * 7L + r.span().end() + r.reason().hashCode();
                }
            }
            long took = System.nanoTime() - t0;
            if (round >= 2) {
                best = Math.min(best, took);
            }
        }
        long chars = texts.stream().mapToLong(String::length).sum();
        System.out.printf("BoilerplateDetector.detect on libya: %d texts, %.1f MB, best of 5: %d ms (%.1f MB/s), checksum %d%n",
                texts.size(), chars / 1e6, best / 1_000_000, chars / 1e6 / (best / 1e9), checksum);
    }
}
