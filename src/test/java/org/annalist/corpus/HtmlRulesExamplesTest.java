package org.annalist.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/** The example pages of {@code html.json} give the title, date and text start that the file says. */
class HtmlRulesExamplesTest {

    @Test
    void everyExamplePageIsReadAsTheFileSays() throws Exception {
        HtmlFormat html = new HtmlFormat(new HtmlMetadata(HtmlRules.standard(), new DateFinder(DateRules.standard())),
                new HtmlText(HtmlRules.standard()), new TextDecoder());
        assertThat(HtmlRules.standard().examples).isNotEmpty();
        for (HtmlRules.Example e : HtmlRules.standard().examples) {
            RawArticle a = html.read("page", e.html().getBytes(StandardCharsets.UTF_8), new ArrayList<>());

            assertThat(a.meta().title()).as(e.html()).isEqualTo(e.title());
            assertThat(a.meta().published().date()).as(e.html()).isEqualTo(LocalDate.parse(e.published()));
            assertThat(a.text().strip()).as(e.html()).startsWith(e.textStart());
        }
    }
}
