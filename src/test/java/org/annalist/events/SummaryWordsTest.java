package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.annalist.text.StrictJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** summary.json: bound strictly, and each example row gives its summary. */
class SummaryWordsTest {

    static List<SummaryWords.Example> examples() {
        return SummaryWords.standard().examples();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleGivesItsSummary(SummaryWords.Example example) {
        assertThat(Fixtures.extractAsPipeline(example.text(), "2011-02-10")).extracting(Event::summary)
                .contains(example.summary());
    }

    @Test
    void theListsAreRead() {
        SummaryWords words = SummaryWords.standard();
        assertThat(words.subordinators()).contains("if", "because");
        assertThat(words.finiteBe()).contains("is", "were");
        assertThat(words.subjectPronouns()).contains("they");
        assertThat(examples()).isNotEmpty();
    }

    @Test
    void aMisspeltOrMissingKeyFailsLoading() throws Exception {
        String good = "{\"_comment\": \"\", \"subordinators\": [], \"subjectPronouns\": [], \"finiteBe\": [],"
                + " \"completionWords\": 6, \"verbOpeningTags\": [], \"quantityOpeners\": [],"
                + " \"speakerPronouns\": [], \"dependentOpeners\": [], \"attributionOpeners\": [], \"examples\": []}";
        assertThat(StrictJson.read(good, SummaryWords.class).completionWords()).isEqualTo(6);
        assertThatThrownBy(() -> StrictJson.read(good.replace("finiteBe", "finiteBee"), SummaryWords.class))
                .hasMessageContaining("finiteBe");
        assertThatThrownBy(() -> StrictJson.read(good.replace(" \"subjectPronouns\": [],", ""), SummaryWords.class))
                .hasMessageContaining("subjectPronouns");
        assertThatThrownBy(() -> StrictJson.read(good.replace(" \"completionWords\": 6,", ""), SummaryWords.class))
                .hasMessageContaining("completionWords");
        assertThatThrownBy(() -> StrictJson.read(good.replace("dependentOpeners", "dependentOpener"), SummaryWords.class))
                .hasMessageContaining("dependentOpener");
    }
}
