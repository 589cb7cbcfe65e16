package org.annalist.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainTextFormatTest {

    @Test
    void theTextIsTheWholeFileSoOffsetsMatchIt() throws Exception {
        Path file = Fixtures.path("text/geneva_talks.txt");
        Article a = Fixtures.article("text/geneva_talks.txt");

        assertThat(a.text()).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(a.id()).isEqualTo("geneva_talks");
        assertThat(a.path()).isEqualTo(file);
    }

    @Test
    void aLeadingUrlLineIsTheUrlAndCounterLinesAreNotTheTitle() {
        Article a = Fixtures.article("text/geneva_talks.txt");

        assertThat(a.url()).isEqualTo("https://www.example-news.com/world/2016/10/14/un-envoy-urges-aleppo-truce-geneva");
        assertThat(a.title()).isEqualTo("UN envoy urges Aleppo truce as Geneva talks stall");
        assertThat(a.excluded()).first().satisfies(r -> {
            assertThat(r.span().start()).isZero();
            assertThat(r.span().of(a.text())).startsWith("https://").endsWith("12\n3\n");
        });
    }

    @Test
    void aShortLineStandingAloneAtTheTopIsTheHeadline() {
        assertThat(Fixtures.article("text/ministers_meet.txt").title()).isEqualTo("Foreign ministers meet in Lausanne on Syria");
    }

    @Test
    void aFirstParagraphThatIsASentenceIsNotATitle() {
        assertThat(Fixtures.article("text/undated_statement.txt").title()).isEmpty();
        assertThat(Fixtures.article("text/observatory_report.txt").title()).isEmpty();
    }

    @Test
    void withoutAHeadlineTheTitleIsSpelledOutFromTheUrl(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("slug.txt");
        Files.writeString(file, "https://news.example.org/world/turkey-shells-kurdish-positions-near-azaz-4471123.html\n"
                + "Turkish artillery shelled Kurdish positions near Azaz on Wednesday, the army said.\n");

        assertThat(Fixtures.read(file).articles().get(0).title()).isEqualTo("Turkey shells kurdish positions near azaz");
        Article sample = Fixtures.read(Path.of("samples/000_fde798e810a4afad.txt")).articles().get(0);
        assertThat(sample.title()).isEqualTo("French foreign minister calls end aleppo massacre");
    }

    @Test
    void sampleCountersAndCaptionAreNotTheTitleButTheHeadlineOfSample001Is() {
        Article s000 = Fixtures.read(Path.of("samples/000_fde798e810a4afad.txt")).articles().get(0);
        Article s001 = Fixtures.read(Path.of("samples/001_dca0585e2d2c906d.txt")).articles().get(0);

        assertThat(s000.url()).startsWith("https://www.yahoo.com/news/");
        assertThat(s000.title()).doesNotContain("20").doesNotContain("AFP Photo");
        assertThat(s001.title()).isEqualTo("France makes new push for Aleppo ceasefire");
    }

    @Test
    void windowsLineEndingsKeepOffsetsAndRules(@TempDir Path dir) throws Exception {
        String crlf = Files.readString(Fixtures.path("text/ankara_visit.txt")).replace("\n", "\r\n");
        Path file = Files.writeString(dir.resolve("crlf.txt"), crlf);

        Article a = Fixtures.read(file).articles().get(0);

        assertThat(a.text()).isEqualTo(crlf);
        assertThat(a.title()).isEqualTo("French minister heads to Ankara for Syria talks");
        assertThat(a.published().note()).isEqualTo("byline 'Published October 24th, 2016'");
        assertThat(a.excluded()).singleElement().satisfies(r -> {
            assertThat(r.span().start()).isEqualTo(crlf.indexOf("Related stories"));
            assertThat(r.span().end()).isEqualTo(crlf.length());
        });
    }
}
