package org.annalist.events;

import static org.annalist.events.Fixtures.article;
import static org.annalist.events.Fixtures.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An analyst's or academic's view, a photo caption, an anonymity idiom and a mere mention of an act
 * ("protests that started a week ago") draw nothing; a state's act beside them still does.
 */
class ViewsCaptionsAndMentionsTest {

    private static List<Event> drawn(String text) {
        return extract(article("a", text, "2011-02-10")).stream().filter(e -> e.status().isDrawn()).toList();
    }

    @Test
    void anExpertSpeakersWordsAreAViewNotAnAct() {
        assertThat(drawn("Russia will veto the resolution, said Anna Smith, a professor of politics at Oxford.")).isEmpty();
        assertThat(drawn("An analyst said Syria has armed the militias.")).isEmpty();
        assertThat(drawn("Jane Doe, who has studied the region for years, said Iran would send troops.")).isEmpty();
        assertThat(drawn("Turkey attacked the convoy, Peter Brown, a senior fellow at the Atlantic Council, told Reuters.")).isEmpty();
    }

    @Test
    void aStatesActBesideAnExpertStillCounts() {
        assertThat(drawn("Russia will veto the resolution, said Sergei Lavrov, Russia's foreign minister.")).isNotEmpty();
        // the analysts are not the sentence's speaker: Russia's announcement stands
        assertThat(drawn("Russia announced that it would lift the sanctions in what analysts said was an attempt to head off a revolt."))
                .anySatisfy(e -> assertThat(e.source()).contains("russia"));
        assertThat(drawn("Turkey dismissed doubts among analysts about its army, saying they were the work of speculators."))
                .anySatisfy(e -> assertThat(e.source()).contains("turkey"));
        assertThat(drawn("The European Union has placed sanctions on Russia, and some legal experts say that trade may still entail risks."))
                .anySatisfy(e -> assertThat(e.type()).isEqualTo(EventType.SANCTION));
    }

    @Test
    void aPhotoCaptionIsNoAct() {
        assertThat(drawn("Here, Russia attacks the Turkish convoy.")).isEmpty();
        assertThat(drawn("Russia attacks the Turkish convoy.")).isNotEmpty();
    }

    @Test
    void anonymityAndGettingWhatOneWantsAreIdioms() {
        assertThat(drawn("A Libyan official, who asked not to be named, said nothing more.")).isEmpty();
        assertThat(drawn("The Egyptian protesters got what they wanted.")).isEmpty();
    }

    @Test
    void anActNounWithAnOnsetClauseIsOnlyMentioned() {
        assertThat(drawn("The protests that started a week ago were the largest in decades.")).isEmpty();
    }
}
