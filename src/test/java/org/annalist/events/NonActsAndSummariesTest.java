package org.annalist.events;

import static org.annalist.events.Fixtures.article;
import static org.annalist.events.Fixtures.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Words that are no act must draw nothing (expectations, suppositions, first-person chat, natural
 * forces), and a summary is a whole line: what was said, never a bare "X says", never a second
 * predicate or a leading prepositional phrase.
 */
class NonActsAndSummariesTest {

    private static List<Event> of(String text) {
        return extract(article("a", text, "2016-10-05"));
    }

    private static List<Event> drawn(String text) {
        return of(text).stream().filter(e -> e.status().isDrawn()).toList();
    }

    @Test
    void anExpectationIsHypotheticalNotPlanned() {
        assertThat(of("Russia was expected to attack the Turkish convoy.")).singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo(EventStatus.HYPOTHETICAL));
        assertThat(of("Russia is likely to sanction Turkey.")).singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo(EventStatus.HYPOTHETICAL));
    }

    @Test
    void aToInfinitiveAssertsAnActOnlyAfterARealizedVerbOrAsAHeadline() {
        assertThat(drawn("Observers seem to accuse Russia of war crimes.")).isEmpty();
        assertThat(of("Turkey was forced to withdraw its troops from Syria.")).anySatisfy(e ->
                assertThat(e.status()).isEqualTo(EventStatus.OCCURRED));
        assertThat(of("Russia to attack Turkey, officials said.")).filteredOn(e -> e.source().contains("russia"))
                .anySatisfy(e -> assertThat(e.status()).isIn(EventStatus.PLANNED, EventStatus.THREATENED));
    }

    @Test
    void unquotedFirstPersonWordsAreNoActorsActs() {
        assertThat(drawn("I think the United States should ask Russia for a refund.")).isEmpty();
        assertThat(drawn("We saw Russia attack the Turkish convoy.")).isEmpty();
        // "US" in capitals is the country, not the pronoun
        assertThat(drawn("The US attacked the Syrian convoy.")).isNotEmpty();
    }

    @Test
    void aNaturalForceActsOnNobody() {
        assertThat(drawn("An earthquake struck Chile on Saturday.")).isEmpty();
    }

    @Test
    void aStatementCarriesWhatWasSaidOrIsNotMade() {
        assertThat(of("In a national address on Saturday, the Russian president said that Turkey must leave Syria."))
                .allSatisfy(e -> assertThat(e.summary()).doesNotContain("In a national address"));
        assertThat(of("Russia said the ceasefire had collapsed, adding that no one would attend.")).anySatisfy(e ->
                assertThat(e.summary()).isEqualTo("Russia: The ceasefire had collapsed"));
        assertThat(of("Russia said in a statement.")).isEmpty();
        assertThat(of("Russia told CNN that the ceasefire had collapsed.")).anySatisfy(e ->
                assertThat(e.summary()).isEqualTo("Russia: The ceasefire had collapsed"));
    }

    @Test
    void anObjectStopsBeforeASecondPredicate() {
        assertThat(of("France urged Russia to stop the bombing and expressed concern about Aleppo.")).anySatisfy(e ->
                assertThat(e.summary()).isEqualTo("France urges Russia to stop the bombing"));
    }

    @Test
    void aPassiveWithoutATargetIsSaidActively() {
        assertThat(of("A protester was shot by Turkish police.")).anySatisfy(e ->
                assertThat(e.summary()).isEqualTo("Turkey shoots a protester"));
    }

    @Test
    void aBroadcastTranscriptsTurnsAreTheSpeakersWordsNotActs() {
        String transcript = "Aired October 5, 2016\nSTOUT: Russia attacked the Turkish convoy on Monday.\n"
                + "WATSON: Turkey condemned Russia.\nSTOUT: Russia accused Turkey of lying.\n";
        assertThat(drawn(transcript)).isEmpty();
        // a live blog's "NEW:" lines are no speakers' turns, nor is one labelled line a transcript
        assertThat(drawn("NEW: Russia attacked the Turkish convoy on Monday.\nNEW: Turkey condemned Russia.\n"
                + "UPDATE: Russia accused Turkey of lying.\n")).isNotEmpty();
        assertThat(drawn("STOUT: Russia attacked the Turkish convoy on Monday.\n")).isNotEmpty();
    }

    @Test
    void aSentenceThatClosesAQuotationBegunOnAnEarlierLineIsQuoted() {
        String text = "The minister spoke on Monday.\n\"The ceasefire is over.\nRussia attacked the Turkish convoy,\" he said.\n";
        assertThat(of(text)).noneMatch(e -> e.type() == EventType.ASSAULT);
    }

    @Test
    void aStandingStateInARelativeClauseIsBackgroundNotAnAct() {
        assertThat(of("France, which has ruled Syria for two decades, attacked Turkey on Monday."))
                .extracting(Event::summary).containsExactly("France attacks Turkey on Monday");
    }
}
