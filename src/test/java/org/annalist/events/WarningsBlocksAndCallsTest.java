package org.annalist.events;

import static org.annalist.events.Fixtures.article;
import static org.annalist.events.Fixtures.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Event types that the egypt audit found wrong: warnings, blocking, phone calls (rules in lexicon.json). */
class WarningsBlocksAndCallsTest {

    private static List<Event> of(String text) {
        return extract(article("a", text, "2016-10-05"));
    }

    private static EventType typeOf(String text) {
        return of(text).get(0).type();
    }

    @Test
    void aWarningOfADangerIsAStatementAndOnlyWhatTheSpeakerWillDoIsAThreat() {
        assertThat(typeOf("Russia warned of the danger of a civil war in Syria.")).isEqualTo(EventType.STATEMENT);
        assertThat(typeOf("Russia warned Sunday that the situation in Libya was deteriorating."))
                .isEqualTo(EventType.STATEMENT);
        assertThat(of("Russia warned Sunday that it would attack the rebels.")).extracting(Event::type)
                .contains(EventType.THREATEN);
        assertThat(typeOf("Russia threatened to attack the rebels.")).isEqualTo(EventType.THREATEN);
    }

    @Test
    void blockingPeopleOrWordsAndRestrictingTravelIsCoercionWhileBlockingRoadsIsAProtest() {
        assertThat(typeOf("Syria blocked the protesters in Damascus.")).isEqualTo(EventType.COERCE);
        assertThat(typeOf("The Syrian government restricted communications and travel in Damascus."))
                .isEqualTo(EventType.COERCE);
        assertThat(typeOf("China blocked the word Syria from searches on its microblogs.")).isEqualTo(EventType.COERCE);
        // protesters (not a state: the focus aliases read "Syrian protesters" as Syria) blocking roads protest;
        // a state's police blocking roads coerce (TypesAndSummaryCutsTest, lexicon.json stateActs)
        assertThat(typeOf("Protesters blocked roads in Damascus, Syria said.")).isEqualTo(EventType.PROTEST);
    }

    @Test
    void speakingWithSomeoneByPhoneIsAConsultation() {
        assertThat(of("Russia spoke with Syria by phone on Monday.")).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.CONSULT);
            assertThat(e.source()).containsExactly("russia");
            assertThat(e.target()).containsExactly("syria");
        });
        assertThat(typeOf("Russia spoke by phone with Syria on Monday.")).isEqualTo(EventType.CONSULT);
    }
}
