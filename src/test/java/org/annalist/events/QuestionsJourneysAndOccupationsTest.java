package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Types of round six (issue 10): a question or a journey is no act, a protest that moves into a
 * place stays a protest, a release of information is a statement.
 */
class QuestionsJourneysAndOccupationsTest {

    private static List<Event> of(String text) {
        return Fixtures.extractAsPipeline(text, "2011-02-10");
    }

    @Test
    void aQuestionIsNoRequest() {
        assertThat(of("Asked whether Egypt would close the border, the French foreign minister said the talks were going well."))
                .extracting(Event::type).doesNotContain(EventType.REQUEST);
        assertThat(of("Asked about the border, the Egyptian foreign minister denied any closure.")).extracting(Event::type)
                .doesNotContain(EventType.REQUEST, EventType.ACCUSE);
        assertThat(of("France asked Egypt to close the border.")).extracting(Event::type).contains(EventType.REQUEST);
    }

    @Test
    void aJourneyIsNoConcession() {
        assertThat(of("The Egyptian foreign minister returned from Geneva on Friday.")).extracting(Event::type)
                .doesNotContain(EventType.CONCEDE, EventType.CONSULT);
        assertThat(of("Egypt returned the bodies of the soldiers to Libya on Friday.")).extracting(Event::type)
                .contains(EventType.CONCEDE);
    }

    @Test
    void protestersOccupyingAPlaceProtestWhereTroopsCoerce() {
        assertThat(of("Egyptian protesters occupied the main bridge on Friday.")).extracting(Event::type)
                .contains(EventType.PROTEST).doesNotContain(EventType.COERCE);
        assertThat(of("Egyptian troops occupied the main bridge on Friday.")).extracting(Event::type)
                .doesNotContain(EventType.PROTEST);
    }

    @Test
    void anAdmissionOrAReleasedVideoIsAStatement() {
        assertThat(of("The Egyptian army released a video of the clashes.")).extracting(Event::type)
                .contains(EventType.STATEMENT).doesNotContain(EventType.CONCEDE);
        assertThat(of("The Egyptian minister conceded that the talks had failed.")).extracting(Event::type)
                .contains(EventType.STATEMENT).doesNotContain(EventType.CONCEDE);
    }

    @Test
    void theNewLexiconKeysAreBoundStrictly() throws IOException {
        String lexicon;
        try (InputStream in = getClass().getResourceAsStream("/org/annalist/events/lexicon.json")) {
            lexicon = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String misspelt = lexicon.replace("\"nonActs\":", "\"nonAct\":");
        assertThatThrownBy(() -> EventLexicon.parse(misspelt)).isInstanceOf(IOException.class).hasMessageContaining("nonAct");
        String unknownType = lexicon.replace("\"move\": \"protest\"", "\"move\": \"protests\"");
        assertThatThrownBy(() -> EventLexicon.parse(unknownType)).isInstanceOf(IllegalArgumentException.class);
    }
}
