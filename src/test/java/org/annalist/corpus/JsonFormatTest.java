package org.annalist.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JsonFormatTest {

    @Test
    void aSingleObjectIsOneArticleWithItsFields() {
        Article a = Fixtures.article("json/single.json");

        assertThat(a.id()).isEqualTo("single");
        assertThat(a.title()).isEqualTo("Turkey launches strikes on Kurdish militia in Syria");
        assertThat(a.url()).isEqualTo("https://www.example-news.com/2016/10/20/turkey-strikes-kurdish-militia");
        assertThat(a.outlet()).isEqualTo("Example Wire");
        assertThat(a.text()).startsWith("ANKARA (Example Wire) - Turkish warplanes").contains("\n\nThe army said");
        assertThat(a.published()).isEqualTo(new PublicationDate(LocalDate.of(2016, 10, 20), DateSource.METADATA,
                "from the JSON field \"published\""));
    }

    @Test
    void anArrayGivesNumberedArticlesAndAnEntryWithoutTextIsReported() {
        Corpus c = Fixtures.read(Fixtures.path("json/array.json"));

        assertThat(c.articles()).extracting(Article::id).containsExactly("array#1", "array#2", "array#4");
        assertThat(c.articles()).extracting(a -> a.published().source())
                .containsExactly(DateSource.URL, DateSource.METADATA, DateSource.INFERRED);
        assertThat(c.articles().get(1).published().date()).isEqualTo(LocalDate.of(2016, 12, 16));
        assertThat(c.problems()).singleElement().satisfies(p -> {
            assertThat(p.path().getFileName().toString()).isEqualTo("array.json");
            assertThat(p.reason()).contains("article #3").contains("without text");
        });
    }

    @Test
    void jsonLinesAreNumberedByLineAndABrokenLineIsReportedWithLineAndColumn() {
        Corpus c = Fixtures.read(Fixtures.path("json/feed.jsonl"));

        assertThat(c.articles()).extracting(Article::id).containsExactly("feed#1", "feed#2", "feed#4");
        assertThat(c.articles()).extracting(a -> a.published().date() + " " + a.published().source().id())
                .containsExactly("2017-01-23 metadata", "2017-01-24 url", "2017-01-24 inferred");
        assertThat(c.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("feed.jsonl").contains("invalid JSON at line 4, column 61: the text ends inside an object, array or string")
                .doesNotContain("Source").doesNotContain("start marker"));
    }

    @Test
    void invalidJsonNamesTheLineAndColumn() {
        Corpus c = Fixtures.read(Fixtures.path("json/invalid.json"));

        assertThat(c.articles()).isEmpty();
        assertThat(c.problems()).singleElement().satisfies(p -> assertThat(p.reason())
                .matches("invalid JSON at line 3, column \\d+: .+"));
    }

    @Test
    void aJsonArticleWithoutTextIsReported() {
        Corpus c = Fixtures.read(Fixtures.path("json/no_text.json"));

        assertThat(c.articles()).isEmpty();
        assertThat(c.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("no_text.json").contains("article without text"));
    }
}
