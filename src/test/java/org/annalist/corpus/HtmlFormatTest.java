package org.annalist.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HtmlFormatTest {

    @Test
    void metaTagsGiveTitleOutletUrlAndThePublishedTime() {
        Article a = Fixtures.article("html/og_article.html");

        assertThat(a.id()).isEqualTo("og_article");
        assertThat(a.title()).isEqualTo("France seeks war crimes probe over Aleppo bombing");
        assertThat(a.outlet()).isEqualTo("Example Times");
        assertThat(a.url()).isEqualTo("https://www.example-times.com/world/france-war-crimes-probe-aleppo");
        assertThat(a.published()).isEqualTo(new PublicationDate(LocalDate.of(2016, 10, 10), DateSource.METADATA,
                "from the page's <meta property=\"article:published_time\">"));
    }

    @Test
    void theMainTextLeavesOutScriptsNavigationHeadersFootersAndAsides() {
        Article a = Fixtures.article("html/og_article.html");

        assertThat(a.text()).contains("France wants the bombing of Aleppo to be investigated")
                .contains("\n\n\"We are going to get in touch with the prosecutor,\"")
                .contains("Russia rejected the accusation")
                .doesNotContain("dataLayer", "font-family", "Politics", "Breaking", "Football results", "All rights reserved",
                        "Share on Facebook");
    }

    @Test
    void aPhotoCreditCaptionInThePageIsExcluded() {
        Article a = Fixtures.article("html/og_article.html");

        assertThat(Fixtures.excludedText(a)).isEqualTo("[A damaged street in eastern Aleppo (AFP Photo/Karam Al-Masri)]");
    }

    @Test
    void anItempropDatePublishedElementGivesTheDate() {
        Article a = Fixtures.article("html/itemprop.html");

        assertThat(a.published().date()).isEqualTo(LocalDate.of(2016, 10, 15));
        assertThat(a.published().note()).contains("itemprop=\"datePublished\"");
        assertThat(a.text()).startsWith("US Secretary of State John Kerry").doesNotContain("Home");
        assertThat(a.title()).isEqualTo("Kerry and Lavrov meet in Lausanne");
    }

    @Test
    void jsonLdGivesTheDateHeadlineAndPublisherAndABrokenBlockIsIgnored() {
        Article a = Fixtures.article("html/jsonld.html");

        assertThat(a.published()).isEqualTo(new PublicationDate(LocalDate.of(2016, 10, 17), DateSource.METADATA,
                "from the page's JSON-LD \"datePublished\""));
        assertThat(a.title()).isEqualTo("Russia proposes humanitarian pause in Aleppo");
        assertThat(a.outlet()).isEqualTo("Example Wire");
    }

    @Test
    void aTimeElementWithDatetimeGivesTheDateWhenNoMetaDoes() {
        Article a = Fixtures.article("html/time_element.htm");

        assertThat(a.id()).isEqualTo("time_element");
        assertThat(a.published().date()).isEqualTo(LocalDate.of(2016, 10, 24));
        assertThat(a.published().note()).isEqualTo("from the page's <time datetime=\"2016-10-24\">");
        assertThat(a.title()).isEqualTo("Mosul offensive enters second week");
        assertThat(a.text()).doesNotContain("Archive", "Privacy");
    }

    @Test
    void aPageWithoutDateMetadataFallsBackToTheDateInItsCanonicalUrl() {
        Article a = Fixtures.article("html/url_only.html");

        assertThat(a.published().source()).isEqualTo(DateSource.URL);
        assertThat(a.published().date()).isEqualTo(LocalDate.of(2016, 9, 20));
    }

    @Test
    void aWindows1252PageIsReadInItsDeclaredCharsetAndItsBylineDates() {
        Article a = Fixtures.article("html/windows1252.htm");

        assertThat(a.title()).isEqualTo("Déclaration du ministère");
        assertThat(a.text()).contains("Affaires étrangères").contains("– “sans délai”").doesNotContain("\uFFFD");
        assertThat(a.published()).isEqualTo(new PublicationDate(LocalDate.of(2016, 10, 6), DateSource.DATELINE,
                "byline 'Published 6 October 2016'"));
    }

    @Test
    void aPageWithoutArticleTextIsReported() {
        Corpus c = Fixtures.read(Fixtures.path("html/empty_page.html"));

        assertThat(c.articles()).isEmpty();
        assertThat(c.problems()).singleElement().satisfies(p -> assertThat(p.reason()).isEqualTo("web page without article text"));
    }

    @Test
    void aPageTitleLosesTheOutletSuffix(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path page = java.nio.file.Files.writeString(dir.resolve("p.html"), "<html><head><title>Syria talks stall"
                + " | Example Wire</title><meta property=\"og:site_name\" content=\"Example Wire\"></head>"
                + "<body><p>Talks stalled on Monday.</p></body></html>");

        assertThat(Fixtures.read(page).articles().get(0).title()).isEqualTo("Syria talks stall");
    }
}
