package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.annalist.analysis.Analyzer;
import org.annalist.bench.BenchCorpus;
import org.annalist.bench.SourceTexts;
import org.annalist.corpus.Corpus;
import org.annalist.corpus.CorpusReader;
import org.annalist.task.Progress;
import org.annalist.text.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The indexed, parallel merger gives exactly the result of the plain quadratic scan
 * ({@link ReferenceEventMerger}): same clusters, same ids, same passages and dates.
 */
class MergerEquivalenceTest {

    private static final String[] WORDS = ("talks ceasefire aleppo syria russia france resolution council "
            + "security vote veto strikes bombing convoy humanitarian aid envoy geneva minister foreign "
            + "meeting agreed rejected suspended condemned proposal draft rebels government army border "
            + "turkey kurdish militia offensive withdrawal sanctions embassy statement officials monday").split(" ");
    private static final EventType[] TYPES = {EventType.CONSULT, EventType.REJECT, EventType.SUPPORT};
    private static final String[][] ACTORS = {{"france", "russia"}, {"russia", "france"}, {"united-states", "russia"},
            {"turkey"}, {"un", "syria"}};

    @Test
    void manyNearDuplicateReportsOverYearsMergeAsBefore() {
        List<Event> input = generated(new Random(42), 4000);

        List<Event> expected = new ReferenceEventMerger().merge(input);
        List<Event> actual = new SimilarityEventMerger().merge(input);

        assertThat(expected.size()).as("the input has reports to join").isLessThan(input.size() * 3 / 4);
        assertThat(expected).anySatisfy(e -> assertThat(e.dateConflict()).isNotNull());
        assertThat(actual).isEqualTo(expected);
        Collections.shuffle(input, new Random(7));
        assertThat(new SimilarityEventMerger().merge(input)).isEqualTo(expected);
    }

    @Test
    void theEventsOfRealNewsMergeAsBefore(@TempDir Path tmp) throws Exception {
        Path shared = SourceTexts.sharedFolder();
        assumeTrue(Files.isDirectory(shared.resolve("data/tempeval3-train")), "shared TempEval texts absent");
        BenchCorpus.Written written = BenchCorpus.write(tmp.resolve("corpus"), 300,
                SourceTexts.load(shared, Path.of("samples")));
        Corpus corpus = new CorpusReader().read(List.of(written.folder()), Progress.NONE);
        Analyzer analyzer = Analyzer.standard();
        List<Event> provisional = corpus.articles().parallelStream()
                .flatMap(a -> analyzer.annotate(a).events().stream()).toList();

        List<Event> expected = new ReferenceEventMerger().merge(provisional);

        assertThat(expected.size()).isLessThan(provisional.size());
        assertThat(new SimilarityEventMerger().merge(provisional)).isEqualTo(expected);
    }

    /** Stories retold by several articles a few days apart, with dates of every precision. */
    private static List<Event> generated(Random rnd, int n) {
        List<Event> out = new ArrayList<>();
        List<String> story = List.of();
        LocalDate day = LocalDate.of(2015, 1, 1);
        for (int i = 0; i < n; i++) {
            if (i % 5 == 0) {
                story = words(rnd, 10);
                day = LocalDate.of(2015, 1, 1).plusDays(rnd.nextInt(900));
            }
            List<String> text = new ArrayList<>(story.subList(0, 4 + rnd.nextInt(6)));
            text.addAll(words(rnd, rnd.nextInt(6)));
            String[] actors = ACTORS[rnd.nextInt(ACTORS.length)];
            String article = "a" + rnd.nextInt(n / 3);
            int offset = rnd.nextInt(2000);
            String sentence = String.join(" ", text);
            out.add(new Event(article + "#" + i, date(rnd, day), TYPES[rnd.nextInt(TYPES.length)], 1.0,
                    rnd.nextInt(4) == 0 ? EventStatus.PLANNED : EventStatus.OCCURRED, List.of(actors[0]),
                    List.of(actors).subList(1, actors.length), "summary " + i,
                    List.of(new Passage(article, new Span(offset, offset + sentence.length()), sentence)), null));
        }
        return out;
    }

    private static EventDate date(Random rnd, LocalDate day) {
        int kind = rnd.nextInt(20);
        LocalDate d = day.plusDays(rnd.nextInt(3) - 1);
        return switch (kind) {
            case 0, 1 -> null;
            case 2 -> new EventDate(d.getYear() + "-" + d.getMonthValue(), d.withDayOfMonth(1),
                    d.withDayOfMonth(d.lengthOfMonth()), Granularity.MONTH, DateBasis.EXPLICIT, "");
            case 3 -> new EventDate(d + "/" + d.plusDays(1), d, d.plusDays(1), Granularity.DAY, DateBasis.RELATIVE, "");
            case 4 -> new EventDate(String.valueOf(d.getYear()), d.withDayOfYear(1), d.withDayOfYear(d.lengthOfYear()),
                    Granularity.YEAR, DateBasis.EXPLICIT, "");
            case 5 -> EventDate.day(d, DateBasis.PUBLISHED, "");
            default -> EventDate.day(d, rnd.nextBoolean() ? DateBasis.RELATIVE : DateBasis.EXPLICIT, "");
        };
    }

    private static List<String> words(Random rnd, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(WORDS[rnd.nextInt(WORDS.length)]);
        }
        return out;
    }
}
