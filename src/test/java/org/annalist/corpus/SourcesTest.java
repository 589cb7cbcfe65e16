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
        assertThat(Sources.heading(a)).isEqualTo("\u201cLibyan missile misses Italian warship\u201d")
                .doesNotContain("articles#1");
    }

    private static String heading(String text) {
        return Sources.heading(article("x", "", text));
    }

    @Test
    void bylinesAndDatelinesAtTheStartAreSkipped() {
        assertThat(heading("By the AP Wire Staff Floods close the river port for a week"))
                .isEqualTo("\u201cFloods close the river port for a week\u201d");
        assertThat(heading("By Jane Doe and Tom Roe, CNN Floods close the river port for a week"))
                .isEqualTo("\u201cFloods close the river port for a week\u201d");
        assertThat(heading("By Ann Lee, CNN Senior Political Analyst Voters queue in the rain"))
                .isEqualTo("\u201cVoters queue in the rain\u201d");
        assertThat(heading("By Ann Lee -- Special to CNN Voters queue in the rain"))
                .isEqualTo("\u201cVoters queue in the rain\u201d");
        assertThat(heading("(CNN) -- Voters queued in the rain on Sunday"))
                .isEqualTo("\u201cVoters queued in the rain on Sunday\u201d");
        assertThat(heading("LAGOS, Nigeria (CNN) -- Voters queued in the rain on Sunday"))
                .isEqualTo("\u201cVoters queued in the rain on Sunday\u201d");
        assertThat(heading("March 3, 2012 | By Ann Lee, CNN NEW: Voters queue in the rain"))
                .isEqualTo("\u201cVoters queue in the rain\u201d");
    }

    @Test
    void aHeadlineRunIntoTheBodyEndsAtItsBylineOrLineBreak() {
        assertThat(heading("Floods close river port By Jane Doe, CNN The river rose two metres overnight"))
                .isEqualTo("\u201cFloods close river port\u201d");
        assertThat(heading("Floods close river port Dhaka (Reuters) - The river rose two metres overnight"))
                .isEqualTo("\u201cFloods close river port\u201d");
        assertThat(heading("Will the port reopen?\nThe river rose two metres overnight and more rain is due"))
                .isEqualTo("\u201cWill the port reopen?\u201d");
        // a sentence that merely starts with "From" is a heading, not a byline
        assertThat(heading("From the hills the river looked calm on Monday morning"))
                .startsWith("\u201cFrom the hills");
    }

    @Test
    void aTitleWinsAndAnEmptyArticleKeepsItsId() {
        assertThat(Sources.heading(article("a", "Rebels take Brega", "Text."))).isEqualTo("Rebels take Brega");
        assertThat(Sources.heading(article("b", "", "   "))).isEqualTo("b");
    }
}
