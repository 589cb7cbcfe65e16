package org.annalist.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.annalist.text.StrictJson;
import org.junit.jupiter.api.Test;

/** {@code context/years.json} is bound strictly: a misspelt or missing list fails instead of reading as empty. */
class YearRulesBindingTest {

    private static String resource() throws IOException {
        try (InputStream in = YearPlausibility.class.getResourceAsStream("context/years.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theShippedFileBindsWithEveryList() throws IOException {
        YearPlausibility.Rules rules = StrictJson.read(resource(), YearPlausibility.Rules.class);

        assertThat(rules.countBefore()).contains("more than");
        assertThat(rules.idBefore()).contains("resolution");
        assertThat(rules.nearPastYears()).isPositive();
    }

    @Test
    void aMisspeltKeyFails() throws IOException {
        String typo = resource().replace("\"countBefore\"", "\"countBefor\"");

        assertThatThrownBy(() -> StrictJson.read(typo, YearPlausibility.Rules.class))
                .hasMessageContaining("countBefor");
    }

    @Test
    void aMissingNumberFailsRatherThanTakingADefault() throws IOException {
        String missing = resource().replaceFirst("\"mediumYears\": \\d+,", "");

        assertThatThrownBy(() -> StrictJson.read(missing, YearPlausibility.Rules.class))
                .hasMessageContaining("mediumYears");
    }

    @Test
    void theTaggerStillRejectsACountAsAYear() {
        var found = TimeTagger.standard().tag("Police detained more than 2000 people in 2011.", java.time.LocalDate.of(2011, 3, 1));

        assertThat(found).extracting(TimeExpression::value).containsExactly("2011");
    }
}
