package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rule files are bound strictly (a misspelt or missing key fails, it does not empty a word list),
 * and every example row of {@code cues.json} gives what it says.
 */
class RuleFilesTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = RuleFilesTest.class.getResourceAsStream("/org/annalist/events/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theShippedRuleFilesLoad() throws IOException {
        assertThat(Cues.parse(resource("cues.json")).functionWords).contains("the");
        assertThat(EventLexicon.parse(resource("lexicon.json")).toneOf(EventType.ASSAULT)).isNegative();
    }

    @Test
    void aMisspeltKeyInCuesFailsLoading() throws IOException {
        String misspelt = resource("cues.json").replace("\"negation\":", "\"negations\":");
        assertThatThrownBy(() -> Cues.parse(misspelt)).isInstanceOf(IOException.class)
                .satisfies(t -> assertThat(t.getMessage()).containsAnyOf("negations", "'negation'"));
    }

    @Test
    void aMissingKeyInCuesFailsLoading() throws IOException {
        String missing = resource("cues.json").replaceFirst("\"firstPerson\": \\[[^\\]]*\\],", "");
        assertThat(missing).doesNotContain("\"firstPerson\"");
        assertThatThrownBy(() -> Cues.parse(missing)).isInstanceOf(IOException.class).hasMessageContaining("firstPerson");
    }

    @Test
    void aMisspeltKeyInTheLexiconFailsLoading() throws IOException {
        String top = resource("lexicon.json").replace("\"reporting\":", "\"reportng\":");
        assertThatThrownBy(() -> EventLexicon.parse(top)).isInstanceOf(IOException.class)
                .satisfies(t -> assertThat(t.getMessage()).containsAnyOf("reportng", "'reporting'"));
        String inGroup = resource("lexicon.json").replaceFirst("\"patterns\":", "\"pattern\":");
        assertThatThrownBy(() -> EventLexicon.parse(inGroup)).isInstanceOf(IOException.class).hasMessageContaining("pattern");
    }

    static List<CuesFile.Example> examples() {
        return Cues.load().examples;
    }

    @Test
    void thereAreExamplesOfEveryKindOfNonAct() {
        assertThat(examples()).extracting(CuesFile.Example::status)
                .contains("none", "hypothetical", "conditional", "negated", "denied", "occurred");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleGivesWhatItSays(CuesFile.Example example) {
        Fixtures.assertExampleHolds(example);
    }
}
