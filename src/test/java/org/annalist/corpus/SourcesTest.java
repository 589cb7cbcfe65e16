package org.annalist.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How lists, panes and pictures name an article: never a bare file id when the article says anything. */
class SourcesTest {

    private static Article article(String id, String title, String text) {
        return new Article(id, Path.of(id + ".jsonl"), title, null, "cnn",
                new PublicationDate(LocalDate.of(2011, 8, 3), DateSource.METADATA, "from the file"), text, List.of());
    }

    @Test
    void anArticleWithoutATitleIsHeadedByItsOpeningWords() {
        Article a = article("articles#1", "", "Libyan missile misses Italian warship By the CNN Wire Staff French aircraft "
                + "carrier Charles de Gaulle sails on June 13, 2011");
        assertThat(Sources.heading(a)).isEqualTo("\u201cLibyan missile misses Italian warship By the CNN Wire Staff\u2026\u201d")
                .doesNotContain("articles#1");
    }

    @Test
    void aTitleWinsAndAnEmptyArticleKeepsItsId() {
        assertThat(Sources.heading(article("a", "Rebels take Brega", "Text."))).isEqualTo("Rebels take Brega");
        assertThat(Sources.heading(article("b", "", "   "))).isEqualTo("b");
    }
}
