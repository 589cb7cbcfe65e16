package org.annalist.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.annalist.task.Progress;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The publication-date chain on real articles that lost their metadata: news-dev's JSONL with the
 * {@code published} field removed (copies in a temporary folder; the shared data is never touched),
 * each article's date compared with the real one, by step of the chain.
 */
@Tag("evaluation")
class NewsDevDatingTest {

    private static final Path NEWS_DEV = Path.of(System.getProperty("annalist.shared", "../shared"), "data", "news-dev");
    private final ObjectMapper json = new ObjectMapper();

    /** How one step of the chain did. */
    static final class Tally {
        int dated;
        int exact;
        int withinADay;
        int laterByMoreThanADay;
        final List<String> late = new ArrayList<>();
    }

    @Test
    void datesArticlesWithoutMetadataAndNeverLate(@TempDir Path tmp) throws Exception {
        assumeTrue(Files.isDirectory(NEWS_DEV), "no news-dev at " + NEWS_DEV);
        Map<String, LocalDate> truth = new HashMap<>();
        List<Path> inputs = new ArrayList<>();
        for (String topic : List.of("libya", "egypt")) {
            inputs.add(stripped(NEWS_DEV.resolve(topic).resolve("articles.jsonl"), tmp.resolve(topic + ".jsonl"), topic, truth));
        }
        Corpus corpus = new CorpusReader().read(inputs, Progress.NONE);

        Map<DateSource, Tally> bySource = new TreeMap<>();
        for (Article a : corpus.articles()) {
            LocalDate real = truth.get(a.id());
            Tally t = bySource.computeIfAbsent(a.published().source(), s -> new Tally());
            if (!a.published().isKnown()) {
                continue;
            }
            long diff = ChronoUnit.DAYS.between(real, a.published().date());
            t.dated++;
            t.exact += diff == 0 ? 1 : 0;
            t.withinADay += Math.abs(diff) <= 1 ? 1 : 0;
            if (diff > 1) {
                t.laterByMoreThanADay++;
                t.late.add(a.id() + " real " + real + " got " + a.published().date() + ": " + a.published().note());
            }
        }
        String dump = System.getProperty("newsdev.dump"); // a file for comparing two runs article by article
        if (dump != null) {
            Files.write(Path.of(dump), corpus.articles().stream().map(a -> a.id() + "\t" + truth.get(a.id()) + "\t"
                    + a.published().date() + "\t" + a.published().source().id() + "\t" + a.published().note()).toList());
        }
        int total = corpus.articles().size();
        int dated = bySource.values().stream().mapToInt(t -> t.dated).sum();
        int exact = bySource.values().stream().mapToInt(t -> t.exact).sum();
        System.out.printf("news-dev without 'published': %d articles, %d dated (%.1f%%), %d exact (%.1f%%)%n",
                total, dated, 100.0 * dated / total, exact, 100.0 * exact / total);
        bySource.forEach((s, t) -> System.out.printf("  %-9s dated %4d  exact %4d  within a day %4d  later by >1 day %d%n",
                s.id(), s == DateSource.NONE ? 0 : t.dated, t.exact, t.withinADay, t.laterByMoreThanADay));
        bySource.values().forEach(t -> t.late.stream().limit(10).forEach(l -> System.out.println("  LATE " + l)));

        // no date, estimate or stamp, later than the real date by more than a day. Measured: 133 estimates before the
        // furniture rules, then 4 (tweet-feed lines after a CNN comment stamp) and 3 stamps (CNN video boxes), now 0
        assertThat(bySource.getOrDefault(DateSource.INFERRED, new Tally()).laterByMoreThanADay)
                .as("estimates later than the real date by more than a day").isZero();
        assertThat(bySource.getOrDefault(DateSource.DATELINE, new Tally()).laterByMoreThanADay)
                .as("dateline dates later than the real date by more than a day").isZero();
    }

    /** A copy of {@code source} without the published field; the real dates go to {@code truth} by article id. */
    private Path stripped(Path source, Path target, String topic, Map<String, LocalDate> truth) throws Exception {
        List<String> out = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(source)) {
            if (line.isBlank()) {
                out.add(line);
                continue;
            }
            n++;
            ObjectNode o = (ObjectNode) json.readTree(line);
            truth.put(topic + "#" + n, LocalDate.parse(o.path("published").asText()));
            o.remove("published");
            out.add(json.writeValueAsString(o));
        }
        return Files.write(target, out);
    }
}
