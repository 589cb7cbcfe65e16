package org.annalist.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublicationDateChainTest {

    @Test
    void theSidecarWinsOverUrlAndDatelineAndOverridesTitleAndUrl() {
        Article a = Fixtures.article("text/with_sidecar.txt");

        assertThat(a.published()).isEqualTo(new PublicationDate(LocalDate.of(2016, 10, 3), DateSource.METADATA,
                "from the sidecar with_sidecar.meta.json"));
        assertThat(a.title()).isEqualTo("Britain says Syria ceasefire talks to resume");
        assertThat(a.url()).isEqualTo("https://www.example-news.com/world/uk-ceasefire-talks");
        assertThat(a.outlet()).isEqualTo("Example News");
    }

    @Test
    void theSamplesTakeTheirDatesFromTheirSidecars() {
        Corpus c = Fixtures.read(Path.of("samples"));

        assertThat(c.problems()).isEmpty();
        assertThat(c.articles()).extracting(a -> a.id() + " " + a.published().date() + " " + a.published().note())
                .containsExactly("000_fde798e810a4afad 2016-10-23 from the sidecar 000_fde798e810a4afad.meta.json",
                        "001_dca0585e2d2c906d 2016-10-05 from the sidecar 001_dca0585e2d2c906d.meta.json",
                        "002_51ea97ab3d71d6b1 2016-10-10 from the sidecar 002_51ea97ab3d71d6b1.meta.json",
                        "003_29281ecb90590ecd 2018-02-09 from the sidecar 003_29281ecb90590ecd.meta.json");
    }

    @Test
    void anArchiveArticleKeepsAnOldDateItsMetadataStates(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("wall.txt"), "Crowds gathered at the Berlin Wall on Thursday night.\n");
        java.nio.file.Files.writeString(dir.resolve("wall.meta.json"), "{\"published\": \"1989-11-10\"}");

        Corpus c = Fixtures.read(dir);

        assertThat(c.problems()).isEmpty();
        assertThat(c.articles().get(0).published().date()).isEqualTo(LocalDate.of(1989, 11, 10));
        assertThat(c.articles().get(0).published().source()).isEqualTo(DateSource.METADATA);
    }

    @Test
    void aDateInTheUrlComesNext() {
        assertThat(Fixtures.article("text/geneva_talks.txt").published()).isEqualTo(new PublicationDate(
                LocalDate.of(2016, 10, 14), DateSource.URL, "date in the URL /2016/10/14/"));
    }

    @Test
    void everyUrlDateShapeIsRead() {
        DateFinder finder = new DateFinder(DateRules.standard());

        assertThat(finder.inUrl("https://x.example/news/2016/10/23/story")).get()
                .extracting(DateFinder.Found::date).isEqualTo(LocalDate.of(2016, 10, 23));
        assertThat(finder.inUrl("https://x.example/news/aleppo-2016-10-23-truce")).get()
                .extracting(DateFinder.Found::date).isEqualTo(LocalDate.of(2016, 10, 23));
        assertThat(finder.inUrl("https://x.example/news/20161023/truce")).get()
                .extracting(DateFinder.Found::date).isEqualTo(LocalDate.of(2016, 10, 23));
    }

    @Test
    void implausibleNumbersInUrlsAreNotDates() {
        DateFinder finder = new DateFinder(DateRules.standard());

        assertThat(finder.inUrl("https://www.yahoo.com/news/french-minister-180435311.html")).isEmpty();
        assertThat(finder.inUrl("https://x.example/item/12345678/a")).isEmpty();
        assertThat(finder.inUrl("https://x.example/archive/1875/10/23/a")).isEmpty();
        assertThat(finder.inUrl("https://x.example/2016/13/45/a")).isEmpty();
    }

    @Test
    void aDatelineWithItsYearGivesADatelineDate() {
        Article a = Fixtures.article("encodings/utf8_bom.txt");

        assertThat(a.published()).isEqualTo(new PublicationDate(LocalDate.of(2016, 10, 6), DateSource.DATELINE,
                "dateline 'PARIS, Oct 6, 2016 (AFP)'"));
    }

    @Test
    void aPublishedBylineGivesADatelineDate() {
        assertThat(Fixtures.article("text/ankara_visit.txt").published()).isEqualTo(new PublicationDate(
                LocalDate.of(2016, 10, 24), DateSource.DATELINE, "byline 'Published October 24th, 2016'"));
    }

    @Test
    void anUpdatedBylineGivesADatelineDateAndSaysItIsAnUpdate() {
        PublicationDate d = Fixtures.article("text/security_council.txt").published();

        assertThat(d.date()).isEqualTo(LocalDate.of(2016, 10, 8));
        assertThat(d.source()).isEqualTo(DateSource.DATELINE);
        assertThat(d.note()).isEqualTo("byline 'Last updated: 2016-10-08' (a last update: the first publication may be earlier)");
    }

    @Test
    void aDatelineWithoutYearTakesTheLatestYearTheTextMentionsAndIsMarkedInferred() {
        PublicationDate d = Fixtures.article("text/dateline_no_year.txt").published();

        assertThat(d).isEqualTo(new PublicationDate(LocalDate.of(2016, 10, 5), DateSource.INFERRED,
                "estimated: dateline 'PARIS, Oct 5 (Reuters)' has no year; 2016 is the latest year the text mentions"));
        assertThat(d.source().needsReview()).isTrue();
    }

    @Test
    void otherwiseTheLatestFullDateMentionedIsTheEstimateAndFutureDatesAreIgnored() {
        assertThat(Fixtures.article("text/observatory_report.txt").published()).isEqualTo(new PublicationDate(
                LocalDate.of(2016, 10, 2), DateSource.INFERRED,
                "estimated: the latest full date the text mentions is 2 October 2016 ('October 2, 2016')"));
    }

    @Test
    void aDateInsideSentencesIsNotABylineEvenAfterPublished() {
        Corpus c = Fixtures.read(Fixtures.path("json/feed.jsonl"));

        assertThat(c.articles().get(2).published().source()).isEqualTo(DateSource.INFERRED);
    }

    @Test
    void withNothingToGoOnTheDateIsNoneAndTheNoteSaysSo() {
        PublicationDate d = Fixtures.article("text/undated_statement.txt").published();

        assertThat(d.isKnown()).isFalse();
        assertThat(d.source()).isEqualTo(DateSource.NONE);
        assertThat(d.note()).startsWith("nothing found").endsWith("set it by hand");
    }

    @Test
    void aYearlessDatelineInATextWithoutYearsLeavesTheDateUnknownAndSaysWhy() {
        PublicationDate d = Fixtures.article("text/dateline_no_year_anywhere.txt").published();

        assertThat(d.source()).isEqualTo(DateSource.NONE);
        assertThat(d.note()).contains("'BEIRUT, March 3 (Reuters)' gives no year");
    }

    @Test
    void theFileModificationTimeIsNeverUsed(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("statement.txt"),
                "The ministry said talks would continue.\n\nNo further details were given.\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2016-10-23T10:00:00Z")));

        assertThat(Fixtures.read(file).articles().get(0).published().isKnown()).isFalse();
    }

    @Test
    void metadataValuesMayBeDateTimesOrWrittenOutDates() {
        DateFinder finder = new DateFinder(DateRules.standard());

        assertThat(finder.parseValue("2016-10-20T23:50:00-04:00")).contains(LocalDate.of(2016, 10, 20));
        assertThat(finder.parseValue("Thursday, October 20th, 2016")).contains(LocalDate.of(2016, 10, 20));
        assertThat(finder.parseValue("20 Oct. 2016")).contains(LocalDate.of(2016, 10, 20));
        assertThat(finder.parseValue("soon")).isEmpty();
        assertThat(finder.parseValue("2016-02-30")).isEmpty();
    }

    @Test
    void datelineAndBylineShapes() {
        DateFinder finder = new DateFinder(DateRules.standard());

        assertThat(finder.dateline("LONDON, 5 October 2016 (AFP) - Britain said.", 0)).get()
                .extracting(DateFinder.Dateline::date).isEqualTo(LocalDate.of(2016, 10, 5));
        assertThat(finder.dateline("WASHINGTON, Oct. 5 - The US said.", 0)).get()
                .satisfies(d -> assertThat(d.date()).isNull());
        assertThat(finder.dateline("The ministers met in Paris, Oct 5, to talk.", 0)).isEmpty();
        assertThat(finder.byline("Some text.\nPosted on 6 October 2016\nMore text.", java.util.List.of(), false)).get()
                .extracting(DateFinder.Found::date).isEqualTo(LocalDate.of(2016, 10, 6));
        assertThat(finder.byline("The report, published on 6 October 2016, said so.", java.util.List.of(), false)).isEmpty();
    }
}
