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
 * Issue 10, acts (eighth round, {@link CommentaryActs}): private people's words, standing rates, generic mentions of
 * acts in a region and reporting verbs that report no speech are no acts; each class has a near miss that is still
 * drawn. Tuned on news-dev/libya.
 */
class PrivateWordsAndCommentaryTest {

    /** The sentence after a headline line, so that it is not read as the headline, with the whole catalog. */
    private static List<Event> drawnInBody(String text) {
        return Fixtures.drawnAsPipeline("News from the region\n" + text, "2011-02-10");
    }

    @Test
    void privatePeoplesWordsAreNoStatementButAnOfficialsAre() {
        assertThat(drawnInBody("A Libyan resident said the city was quiet.")).isEmpty();
        assertThat(drawnInBody("The Libyan foreign minister said the city was quiet.")).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.STATEMENT);
            assertThat(e.source()).containsExactly("libya");
        });
    }

    @Test
    void privatePeoplesActsAreStillActs() {
        // only their words are dropped: civilians attacking a site act
        assertThat(drawnInBody("Hundreds of Libyans attacked a South Korean construction site in Tripoli on Monday."))
                .anySatisfy(e -> assertThat(e.type()).isEqualTo(EventType.ASSAULT));
    }

    @Test
    void aRateMakesAStandingArrangementButADayAnAct() {
        assertThat(drawnInBody("The United States gives Egypt $1.3 billion a year.")).isEmpty();
        assertThat(drawnInBody("The United States gave Egypt $1.3 billion on Monday.")).anySatisfy(
                e -> assertThat(e.source()).containsExactly("united-states"));
    }

    @Test
    void aPlaceBeforeAnInfinitiveIsNoHeadlineSubject() {
        assertThat(drawnInBody("NATO forces have been operating under a U.N. mandate in Libya to protect people from "
                + "aggression by Gadhafi forces.")).isEmpty();
        // near miss: a headline's actor before "to" plans the act
        assertThat(Fixtures.drawnAsPipeline("Obama to visit Libya", "2011-02-10")).anySatisfy(
                e -> assertThat(e.status()).isEqualTo(EventStatus.PLANNED));
    }

    @Test
    void aReportingVerbWithANounObjectOrAsAnInfinitiveReportsNoSpeech() {
        assertThat(drawnInBody("Younes' death raised questions about the rebels and added impetus to NATO's desire to "
                + "push things along.")).noneSatisfy(e -> assertThat(e.type()).isEqualTo(EventType.STATEMENT));
        // near miss: a verb that made someone speak reports the speech
        assertThat(drawnInBody("One, drafted by France and Spain, failed to pass due to opposition from Russia and "
                + "Venezuela, prompting Ayrault to say that the vote \"demonstrated the isolation of Russia.\"")).anySatisfy(
                e -> assertThat(e.type()).isEqualTo(EventType.STATEMENT));
        assertThat(drawnInBody("France said the rebels were winning, adding to the pressure on Libya.")).anySatisfy(
                e -> assertThat(e.source()).containsExactly("france"));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = PrivateWordsAndCommentaryTest.class.getResourceAsStream("/org/annalist/events/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theRuleFileIsBoundStrictly() throws IOException {
        String misspelt = resource("commentary.json").replace("\"rates\":", "\"rate\":");
        assertThatThrownBy(() -> CommentaryActs.parse(misspelt)).isInstanceOf(IOException.class);
        String missing = resource("commentary.json").replaceFirst("\"privateSectors\": \\[[^\\]]*\\],", "");
        assertThat(missing).doesNotContain("\"privateSectors\"");
        assertThatThrownBy(() -> CommentaryActs.parse(missing)).isInstanceOf(IOException.class)
                .hasMessageContaining("privateSectors");
    }

    static List<CuesFile.Example> examples() {
        return CommentaryActs.standard().examples;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleGivesWhatItSays(CuesFile.Example example) {
        List<Event> drawn = Fixtures.drawnAsPipeline(example.text(), example.published());
        if (example.status().equals("none")) {
            assertThat(drawn).isEmpty();
        } else {
            assertThat(drawn).anySatisfy(e -> {
                assertThat(e.status().id()).isEqualTo(example.status());
                assertThat(e.summary()).isEqualTo(example.summary());
            });
        }
    }
}
