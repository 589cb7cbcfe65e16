package org.annalist.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import org.annalist.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of article files written in the styles of real outlets, one dateline or byline format
 * each, with and without metadata (sidecar, URL): at least 99% must get the right date from the
 * right step of the chain, with a note. The files are generated (seeded) into a temporary folder.
 */
class DatelineCorpusTest {

    private static final Locale EN = Locale.ENGLISH;

    /** One outlet style: its expected step and how it writes the top of an article for a date. */
    record Style(String name, DateSource step, boolean sidecar, Function<LocalDate, String> top) {
    }

    /** What one generated file should give. */
    record Expected(String id, LocalDate date, DateSource step) {
    }

    private static String f(LocalDate d, String pattern) {
        return d.format(DateTimeFormatter.ofPattern(pattern, EN));
    }

    static List<Style> styles() {
        return List.of(
                new Style("reuters", DateSource.INFERRED, false, d -> "Syria rebels say they hold the airport\n\n"
                        + "BEIRUT, " + f(d, "MMM d") + " (Reuters) - Rebels said they held the airport after fighting that began in "
                        + f(d, "yyyy") + ".\n"),
                new Style("reuters-stamp", DateSource.DATELINE, false, d -> "TUNIS | " + f(d, "EEE MMM d, yyyy") + " 12:20 pm EST "
                        + "TUNIS (Reuters) - Food stocks are depleted, the World Food Programme said.\n"),
                new Style("afp", DateSource.DATELINE, false, d -> "Ministers meet on aid\n\nGENEVA, " + f(d, "MMM d, yyyy")
                        + " (AFP) - Ministers met in Geneva to discuss aid.\n"),
                new Style("weekday-stamp", DateSource.DATELINE, false, d -> "Talks resume in Geneva\nBy Staff Writer\n"
                        + f(d, "EEE MMM d yyyy") + "\n\nTalks resumed in Geneva after a pause.\n"),
                new Style("dashes", DateSource.DATELINE, false, d -> "Army regains the town\n" + f(d, "dd-MM-yyyy")
                        + "\n\nThe army regained the town, the ministry said.\n"),
                new Style("dots", DateSource.DATELINE, false, d -> "Moscow urges restraint\n\n" + f(d, "dd.MM.yyyy")
                        + "\n\nMOSCOW - The foreign ministry urged restraint.\n"),
                new Style("iso-slashes", DateSource.DATELINE, false, d -> "Envoy arrives in Damascus\n" + f(d, "yyyy/MM/dd")
                        + "\nThe envoy arrived in Damascus for talks.\n"),
                new Style("us-slashes", DateSource.DATELINE, false, d -> "Senate debates strikes\nPosted " + f(d, "MM/dd/yyyy")
                        + "\nThe Senate debated the strikes.\n"),
                new Style("bbc", DateSource.DATELINE, false, d -> "Syria crisis: UN inspectors visit site\n\nPublished: 10:05 GMT, "
                        + f(d, "d MMMM yyyy") + "\n\nUN inspectors visited the site.\n"),
                new Style("last-updated", DateSource.DATELINE, false, d -> "Jordan hosts refugees\nLast updated at "
                        + f(d, "MMM d yyyy") + "\n\nJordan hosts more refugees than ever.\n"),
                new Style("glued", DateSource.DATELINE, false, d -> "Jordan hosts refugees\nLast updated at "
                        + f(d, "MMM d") + f(d, "yyyy") + "\n\nJordan hosts more refugees than ever.\n"),
                new Style("cnn-updated", DateSource.DATELINE, false, d -> "Japan quake aid arrives\nUpdated 1442 GMT (2242 HKT) "
                        + f(d, "MMMM d, yyyy") + "\n\nTokyo (CNN) -- Aid arrived in the north.\n"),
                new Style("url", DateSource.URL, false, d -> "https://www.example-news.com/world/" + f(d, "yyyy/MM/dd")
                        + "/aid-convoy-reaches-town\nAid convoy reaches town\n\nAn aid convoy reached the town.\n"),
                new Style("sidecar-and-dots", DateSource.METADATA, true, d -> "Moscow urges restraint\n\n" + f(d, "dd.MM.yyyy")
                        + "\n\nThe foreign ministry urged restraint.\n"),
                new Style("sidecar-no-dateline", DateSource.METADATA, true, d -> "Moscow urges restraint\n\n"
                        + "The foreign ministry urged restraint.\n"));
    }

    /** A body that mentions earlier dates, as real articles do (the numeric stamps need them to agree). */
    private static String body(LocalDate d, Random r) {
        LocalDate earlier = d.minusDays(2 + r.nextInt(20));
        return "\nThe statement followed a meeting on " + f(earlier, "MMMM d, yyyy") + ", officials said.\n"
                + "\"We will continue,\" a spokesman said on Monday. About 2000 people attended the protest in "
                + f(d, "yyyy") + ".\n\nRead more: Aid agencies warn of winter\n";
    }

    @Test
    void atLeast99PercentOfTheOutletStylesGetTheRightDateFromTheRightStep(@TempDir Path dir) throws Exception {
        Random random = new Random(20131);
        List<Expected> expected = new ArrayList<>();
        int n = 0;
        for (Style s : styles()) {
            for (int k = 0; k < 8; k++) {
                LocalDate d = LocalDate.of(2011, 1, 1).plusDays(random.nextInt(7 * 365));
                String id = String.format("%03d_%s", n++, s.name());
                Files.writeString(dir.resolve(id + ".txt"), s.top().apply(d) + body(d, random));
                if (s.sidecar()) {
                    Files.writeString(dir.resolve(id + ".meta.json"), "{\"published\": \"" + d + "\"}");
                }
                expected.add(new Expected(id, d, s.step()));
            }
        }
        Corpus corpus = new CorpusReader().read(List.of(dir), Progress.NONE);

        assertThat(corpus.articles()).hasSizeGreaterThanOrEqualTo(100).hasSize(expected.size());
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            Expected e = expected.get(i);
            Article a = corpus.articles().get(i);
            assertThat(a.id()).isEqualTo(e.id());
            assertThat(a.published().note()).as(a.id()).isNotBlank();
            if (!e.date().equals(a.published().date()) || e.step() != a.published().source()) {
                wrong.add(a.id() + ": expected " + e.date() + " " + e.step().id() + ", got " + a.published());
            }
        }
        System.out.printf("dateline corpus: %d articles, %d dated right from the right step%n", expected.size(), expected.size() - wrong.size());
        wrong.forEach(w -> System.out.println("  WRONG " + w));
        assertThat(wrong.size()).as("wrongly dated: %s", wrong).isLessThanOrEqualTo(expected.size() / 100);
    }

    @Test
    void theOutletsOtherArticlesSettleTheOrderOfANumericDateBothWaysPossible(@TempDir Path dir) throws Exception {
        // '/' usually puts the month first, but this outlet writes the day first, as its stamps with a day over 12 show
        for (int day = 13; day <= 16; day++) {
            write(dir, "gazette_" + day, "Port reopens\n" + day + "/04/2015\n\nThe port reopened.\n");
        }
        write(dir, "gazette_open", "Port closes\n03/04/2015\n\nThe port closed.\n");

        Article open = new CorpusReader().read(List.of(dir), Progress.NONE).articles().stream()
                .filter(a -> a.id().equals("gazette_open")).findFirst().orElseThrow();

        assertThat(open.published().date()).isEqualTo(LocalDate.of(2015, 4, 3));
        assertThat(open.published().source()).isEqualTo(DateSource.DATELINE);
        assertThat(open.published().note()).isEqualTo(
                "date stamp '03/04/2015' (day first, as in 4 other articles of the same outlet whose day is over 12)");
    }

    @Test
    void aLineRepeatedAcrossManyArticlesOfAnOutletIsFurnitureThere(@TempDir Path dir) throws Exception {
        String teaser = "Exclusive interviews with the families who fled the old city, all in one place";
        for (int i = 0; i < 6; i++) {
            write(dir, "story_" + i, "Story number " + i + " headline\n\nThe council met for the " + i
                    + "th time and France called for a truce.\n" + teaser + "\n");
        }

        Corpus c = new CorpusReader().read(List.of(dir), Progress.NONE);

        assertThat(c.articles()).allSatisfy(a -> {
            int at = a.text().indexOf(teaser);
            assertThat(a.isExcluded(new org.annalist.text.Span(at, at + teaser.length()))).isTrue();
            assertThat(a.isExcluded(new org.annalist.text.Span(a.text().indexOf("The council"), a.text().indexOf("The council") + 11)))
                    .isFalse();
            assertThat(a.excluded()).extracting(ExcludedRange::reason)
                    .contains("boilerplate: a line repeated in 6 articles of the same outlet");
        });
    }

    private static void write(Path dir, String id, String text) throws Exception {
        Files.writeString(dir.resolve(id + ".txt"), text);
        Files.writeString(dir.resolve(id + ".meta.json"), "{\"source\": \"Example Gazette\"}");
    }
}
