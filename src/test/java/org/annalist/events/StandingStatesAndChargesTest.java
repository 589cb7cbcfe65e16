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
 * Issue 10, acts (sixth round, {@link BackgroundActs}): a standing state told in the simple present, the acts listed
 * in a charge, background told with "previously"/"once", and an act verb modifying a noun inside a noun group are
 * not drawn as acts. Each class has a near miss that is an act of a day and is still drawn.
 */
class StandingStatesAndChargesTest {

    private static List<Event> drawn(String text) {
        return Fixtures.drawnAsPipeline(text, "2011-02-10");
    }

    /** The sentence after a headline line, so that it is not read as the headline. */
    private static List<Event> drawnInBody(String text) {
        String headline = "News from the region\n";
        return drawn(headline + text);
    }

    @Test
    void aStandingStateInTheSimplePresentIsNoAct() {
        assertThat(drawnInBody("The new constitution allows the president of Egypt to dissolve parliament.")).isEmpty();
        assertThat(drawnInBody("Under the treaty, the charter bans Syria from attacking Turkey.")).isEmpty();
        assertThat(drawnInBody("Egyptian protesters want the army to release the detainees.")).isEmpty();
        assertThat(drawnInBody("Egyptian officials want the United States to send aid.")).isEmpty();
    }

    @Test
    void aPresentOfADayIsStillAnAct() {
        // a time of its own: a report, not a standing state
        assertThat(drawn("Syria bans foreign journalists from Homs on Monday.")).isNotEmpty();
        // a headline's present tense of an act verb
        assertThat(drawn("Russia warns Turkey over the border attacks.")).isNotEmpty();
        assertThat(drawn("Syria bans foreign journalists from Homs\nThe ban was announced by the Syrian information ministry."))
                .anySatisfy(e -> assertThat(e.source()).contains("syria"));
        // said content in the progressive is an act being done
        assertThat(drawn("The foreign ministry said Britain is sending troops to Libya.")).anySatisfy(
                e -> assertThat(e.source()).contains("united-kingdom"));
        // a past tense of a stative verb is a dated change
        assertThat(drawn("Syrian troops seized control of the main road into Homs on Monday.")).isNotEmpty();
    }

    @Test
    void theActsListedInAChargeAreAllegationsNotActs() {
        List<Event> charged = drawn("Egyptian prosecutors charged the former minister with inciting violence, killing "
                + "protesters and attacking journalists.");
        assertThat(charged).hasSize(1).allSatisfy(e -> assertThat(e.type()).isEqualTo(EventType.ACCUSE));
        // near miss: an act after the charge, in its own clause, is the sentence's own act
        assertThat(drawn("Egyptian prosecutors charged the former minister with fraud, and the police arrested him on Monday."))
                .anySatisfy(e -> assertThat(e.type()).isNotEqualTo(EventType.ACCUSE));
    }

    @Test
    void backgroundWithPreviouslyOrOnceIsNoActOfTheStory() {
        assertThat(drawn("He had previously worked with the Syrian government on border security.")).isEmpty();
        assertThat(drawn("Libya once supplied oil to Syria.")).isEmpty();
        assertThat(drawn("Turkish leaders, who once backed Syria, met in Ankara.")).noneSatisfy(
                e -> assertThat(e.target()).contains("syria"));
        // near miss: the same verb without the background word is an act
        assertThat(drawn("Turkey backed Syria at the meeting on Monday.")).isNotEmpty();
    }

    @Test
    void anActVerbModifyingANounIsAMention() {
        assertThat(drawn("The report gathers evidence of atrocities committed against civilians by Syrian troops.")).isEmpty();
        assertThat(drawn("Turkey is enforcing a blockade ordered by the United Nations.")).noneSatisfy(
                e -> assertThat(e.source()).contains("united-nations"));
    }

    @Test
    void aSubjectBeforeAPastTenseIsNoNounGroup() {
        // after a reporting verb the noun group is the content's subject
        assertThat(drawn("Officials said the Syrian troops attacked in the morning on Monday.")).anySatisfy(
                e -> assertThat(e.type()).isEqualTo(EventType.ASSAULT));
        // a verb of seeing reports a witnessed act
        assertThat(drawn("Witnesses saw the Syrian troops attacked by rebels in Homs on Monday.")).anySatisfy(
                e -> assertThat(e.type()).isEqualTo(EventType.ASSAULT));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = StandingStatesAndChargesTest.class.getResourceAsStream("/org/annalist/events/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theRuleFileIsBoundStrictly() throws IOException {
        String misspelt = resource("background.json").replace("\"stativePresents\":", "\"stativePresent\":");
        assertThatThrownBy(() -> BackgroundActs.parse(misspelt)).isInstanceOf(IOException.class);
        String missing = resource("background.json").replaceFirst("\"backgroundAdverbs\": \\[[^\\]]*\\],", "");
        assertThat(missing).doesNotContain("\"backgroundAdverbs\"");
        assertThatThrownBy(() -> BackgroundActs.parse(missing)).isInstanceOf(IOException.class)
                .hasMessageContaining("backgroundAdverbs");
    }

    static List<CuesFile.Example> examples() {
        return BackgroundActs.standard().examples;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleGivesWhatItSays(CuesFile.Example example) {
        Fixtures.assertExampleHolds(example);
    }
}
