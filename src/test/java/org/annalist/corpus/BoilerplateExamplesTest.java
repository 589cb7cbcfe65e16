package org.annalist.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The example pages of {@code boilerplate.json}: each rule has one, and the rules exclude exactly what it says. */
class BoilerplateExamplesTest {

    /** Keys that tune a rule rather than being one: they need no example of their own. */
    private static final Set<String> PARAMETERS = Set.of("listRun", "photoCreditHints", "photoCreditMaxChars",
            "commentCueReach", "examples", "otherPostHints", "widgetHints");

    private final BoilerplateRules rules = BoilerplateRules.standard();
    private final BoilerplateDetector detector = new BoilerplateDetector(rules);

    @Test
    void everyRuleOfTheFileHasAnExamplePage() {
        Set<String> rulesShown = rules.examples.stream().map(BoilerplateFile.Example::rule).collect(Collectors.toSet());
        Set<String> keys = Arrays.stream(BoilerplateFile.class.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).collect(Collectors.toSet());

        assertThat(keys).containsAll(rulesShown);
        assertThat(rulesShown).containsAll(keys.stream().filter(k -> !PARAMETERS.contains(k)).toList());
    }

    @Test
    void everyExamplePageLosesExactlyTheRangesItLists() {
        for (BoilerplateFile.Example e : rules.examples) {
            List<String> actual = detector.detect(e.page(), 0).stream()
                    .map(r -> r.span().of(e.page()).strip() + " => " + r.reason()).toList();
            List<String> expected = e.excluded().stream().map(r -> r.text() + " => " + r.reason()).toList();

            assertThat(actual).as("the " + e.rule() + " example: " + e.page()).hasSameSizeAs(expected);
            for (int i = 0; i < expected.size(); i++) {
                assertThat(actual.get(i)).as("the " + e.rule() + " example").startsWith(expected.get(i));
            }
        }
    }

    @Test
    void aMisspeltKeyFailsInsteadOfEmptyingAList() {
        String json = """
                {"strongOpeners": ["But"], "pronounOpenrs": ["It"], "minWords": 3, "maxWords": 30}""";

        assertThatThrownBy(() -> RuleResource.read(json, GluedHeadlines.Rules.class))
                .isInstanceOf(IOException.class).hasMessageContaining("pronounOpeners");
    }

    @Test
    void anUnknownKeyFailsEvenWhenEveryKeyIsThere() {
        String json = """
                {"strongOpeners": ["But"], "pronounOpeners": ["It"], "minWords": 3, "maxWords": 30, "notRunStarts": [], "maxWord": 9}""";

        assertThatThrownBy(() -> RuleResource.read(json, GluedHeadlines.Rules.class))
                .isInstanceOf(IOException.class).hasMessageContaining("maxWord");
    }

    @Test
    void aMissingKeyFailsButANoteKeyIsAllowed() throws IOException {
        String missing = """
                {"strongOpeners": ["But"], "minWords": 3, "maxWords": 30}""";
        String noted = """
                {"_why": "a note", "strongOpeners": ["But"], "pronounOpeners": ["It"], "minWords": 3, "maxWords": 30, "notRunStarts": []}""";

        assertThatThrownBy(() -> RuleResource.read(missing, GluedHeadlines.Rules.class))
                .isInstanceOf(IOException.class).hasMessageContaining("pronounOpeners");
        assertThat(RuleResource.read(noted, GluedHeadlines.Rules.class).pronounOpeners()).containsExactly("It");
    }

    @Test
    void hintWordsOnlySpareLinesThatHoldNone() {
        HintedPatterns widgets = new HintedPatterns("test", java.util.List.of("(?i)^get short url\\b.*",
                "\\bRETWEET\\b"), java.util.List.of("retweet"), 0);

        assertThat(widgets.find("Get short URL 1721")).isTrue();
        assertThat(widgets.find("Please RETWEET this")).isTrue();
        assertThat(widgets.find("Please retweet this")).isFalse(); // hint found, pattern is case-sensitive
        assertThat(widgets.find("The minister spoke on Monday.")).isFalse();
        assertThatThrownBy(() -> new HintedPatterns("test", java.util.List.of("\\bRETWEET\\b"), java.util.List.of(), 0))
                .hasMessageContaining("no hint words");
    }

    @Test
    void aBrokenPatternFailsAtLoadNamingItsKey() {
        assertThatThrownBy(() -> new ClosingCredit(new ClosingCredit.Rules("\\((?i:Reporting")))
                .hasMessageContaining("closingCredit.pattern").hasMessageContaining("not a valid pattern");
    }
}
