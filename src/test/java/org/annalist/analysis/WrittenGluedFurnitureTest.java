package org.annalist.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.annalist.corpus.Article;
import org.annalist.corpus.CorpusReader;
import org.annalist.corpus.ExcludedRange;
import org.annalist.task.Progress;
import org.annalist.text.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pages written in the outlets' styles with furniture glued into the text (viewers' e-mails on live
 * pages, comments glued after a Reuters credit, captions closed by a credit line, related headlines
 * glued before a sentence, stamp-less comments above a comment form) and a page with look-alikes that
 * are real text. Each row of {@code furniture-glued/expected.tsv}: furniture lies in a range with the
 * given reason and gives no event; story is not excluded; event is not excluded and still gives an event.
 */
class WrittenGluedFurnitureTest {

    private static Analysis analysis;
    private static Map<String, Article> byId;
    private static Path folder;

    @BeforeAll
    static void analyze() throws Exception {
        folder = Path.of(WrittenGluedFurnitureTest.class.getResource("/org/annalist/corpus/furniture-glued").toURI());
        analysis = Analyzer.standard().analyze(new CorpusReader().read(List.of(folder), Progress.NONE), Progress.NONE);
        byId = analysis.articles().stream().collect(Collectors.toMap(Article::id, Function.identity()));
    }

    @Test
    void furnitureHasItsReasonAndTheStoryKeepsItsTextAndEvents() throws Exception {
        List<String> wrong = new ArrayList<>();
        int rows = 0;
        for (String line : Files.readAllLines(folder.resolve("expected.tsv"))) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            Article a = byId.get(f[0]);
            assertThat(a).as(f[0]).isNotNull();
            int at = a.text().indexOf(f[3]);
            assertThat(at).as(f[0] + ": '" + f[3] + "' in the text").isNotNegative();
            Span span = new Span(at, at + f[3].length());
            Optional<ExcludedRange> range = a.excluded().stream()
                    .filter(r -> r.span().start() <= span.start() && r.span().end() >= span.end()).findFirst();
            boolean givesEvent = eventsOf(a).stream().anyMatch(p -> p.start() < span.end() && p.end() > span.start());
            String row = f[0] + ": " + f[1] + " '" + f[3] + "'";
            switch (f[1]) {
                case "furniture" -> {
                    if (range.isEmpty() || !range.get().reason().startsWith(f[2])) {
                        wrong.add(row + " has " + range.map(ExcludedRange::reason).orElse("no range"));
                    }
                }
                case "story", "event" -> {
                    if (a.excluded().stream().anyMatch(r -> r.span().start() < span.end() && r.span().end() > span.start())) {
                        wrong.add(row + " is excluded");
                    }
                    if (f[1].equals("event") && !givesEvent) {
                        wrong.add(row + " gives no event");
                    }
                }
                default -> throw new IllegalArgumentException(line);
            }
            rows++;
        }
        assertThat(rows).isGreaterThanOrEqualTo(50);
        assertThat(wrong).isEmpty();
    }

    @Test
    void noEventComesFromFurniture() {
        assertThat(byId).hasSize(27);
        for (Article a : byId.values()) {
            assertThat(eventsOf(a)).as(a.id()).noneMatch(a::isExcluded);
        }
    }

    /** The spans of the passages of the events drawn from {@code a}. */
    private static List<Span> eventsOf(Article a) {
        return analysis.events().stream().flatMap(e -> e.passages().stream())
                .filter(p -> p.articleId().equals(a.id())).map(p -> p.span()).toList();
    }
}
