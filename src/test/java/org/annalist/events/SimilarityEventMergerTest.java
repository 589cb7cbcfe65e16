package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.annalist.text.Span;
import org.junit.jupiter.api.Test;

class SimilarityEventMergerTest {

    private final SimilarityEventMerger merger = new SimilarityEventMerger();

    private static Event report(String article, String date, EventType type, String text, String... actors) {
        EventDate d = date == null ? null : EventDate.day(LocalDate.parse(date), DateBasis.RELATIVE, "");
        return new Event(article + "#1", d, type, 1.0, EventStatus.OCCURRED, List.of(actors[0]),
                List.of(actors).subList(1, actors.length), "s", List.of(new Passage(article, new Span(0, text.length()), text)), null);
    }

    @Test
    void theSameActReportedTwiceBecomesOneEventWithBothPassages() {
        Event a = report("a", "2016-10-03", EventType.REJECT, "The United States broke off talks with Russia on Monday", "united-states", "russia");
        Event b = report("b", "2016-10-03", EventType.REJECT, "Washington suspended talks with Russia on Monday over Syria", "united-states", "russia");

        List<Event> merged = merger.merge(List.of(a, b));

        assertThat(merged).singleElement().satisfies(e -> {
            assertThat(e.passages()).extracting(Passage::articleId).containsExactly("a", "b");
            assertThat(e.dateConflict()).isNull();
        });
    }

    @Test
    void sourcesOneDayApartMergeAndTheConflictIsNoted() {
        Event a = report("a", "2016-10-03", EventType.REJECT, "The United States broke off talks with Russia on Monday", "united-states", "russia");
        Event b = report("b", "2016-10-04", EventType.REJECT, "The United States broke off talks with Russia on Tuesday", "united-states", "russia");

        assertThat(merger.merge(List.of(a, b))).singleElement()
                .satisfies(e -> assertThat(e.dateConflict()).contains("2016-10-03").contains("2016-10-04"));
    }

    @Test
    void aMonthTheTextNamesWinsOverAnotherReportsDayOfPublication() {
        String text = "Last month, Russia joined the United States in calling for talks";
        Event named = new Event("a#1", new EventDate("2016-09", LocalDate.parse("2016-09-01"), LocalDate.parse("2016-09-30"),
                Granularity.MONTH, DateBasis.RELATIVE, "'Last month'"), EventType.COOPERATE, 1.0, EventStatus.OCCURRED,
                List.of("russia"), List.of("united-states"), "s", List.of(new Passage("a", new Span(0, text.length()), text)), null);
        Event published = new Event("b#1", EventDate.day(LocalDate.parse("2016-09-27"), DateBasis.PUBLISHED, "reported"),
                EventType.COOPERATE, 1.0, EventStatus.OCCURRED, List.of("russia"), List.of("united-states"), "s",
                List.of(new Passage("b", new Span(0, text.length()), text)), null);

        assertThat(merger.merge(List.of(published, named))).singleElement()
                .satisfies(e -> assertThat(e.date().value()).isEqualTo("2016-09"));
    }

    @Test
    void aDayInTheActsOwnClauseWinsOverAnotherReportsDayCarriedFromItsParagraph() {
        String text = "King Abdullah named a new prime minister";
        Event carried = new Event("a#1", EventDate.day(LocalDate.parse("2011-02-04"), DateBasis.INFERRED, "narrative time"),
                EventType.COOPERATE, 1.0, EventStatus.OCCURRED, List.of("jordan"), List.of(), "s",
                List.of(new Passage("a", new Span(0, text.length()), text)), null);
        Event own = new Event("b#1", EventDate.day(LocalDate.parse("2011-02-03"), DateBasis.RELATIVE, "'Thursday'"),
                EventType.COOPERATE, 1.0, EventStatus.OCCURRED, List.of("jordan"), List.of(), "s",
                List.of(new Passage("b", new Span(0, text.length()), text + " on Thursday")), null);

        assertThat(merger.merge(List.of(carried, own))).singleElement()
                .satisfies(e -> assertThat(e.date().value()).isEqualTo("2011-02-03"));
    }

    @Test
    void twoInferredDaysGiveTheDayNamedInTheActsOwnSentenceNotTheFirstArticles() {
        String text = "King Abdullah named a new prime minister";
        Event carried = new Event("a#1", EventDate.day(LocalDate.parse("2011-02-04"), DateBasis.INFERRED,
                "no time of its own: the narrative time of its paragraph, 'Friday' ..."),
                EventType.COOPERATE, 1.0, EventStatus.OCCURRED, List.of("jordan"), List.of(), "s",
                List.of(new Passage("a", new Span(0, text.length()), text)), null);
        Event sentence = new Event("b#1", EventDate.day(LocalDate.parse("2011-02-03"), DateBasis.INFERRED,
                "no time of its own: the day named in its sentence, 'on Thursday' ..."),
                EventType.COOPERATE, 1.0, EventStatus.OCCURRED, List.of("jordan"), List.of(), "s",
                List.of(new Passage("b", new Span(0, text.length()), "As protests grew on Thursday, " + text)), null);

        assertThat(merger.merge(List.of(carried, sentence))).singleElement()
                .satisfies(e -> assertThat(e.date().value()).isEqualTo("2011-02-03"));
        assertThat(merger.merge(List.of(sentence, carried))).singleElement()
                .satisfies(e -> assertThat(e.date().value()).isEqualTo("2011-02-03"));
    }

    @Test
    void twoInferredDaysOfEqualBasisGiveTheDayMostReportsGive() {
        String text = "King Abdullah named a new prime minister";
        java.util.function.BiFunction<String, String, Event> carried = (article, day) -> new Event(article + "#1",
                EventDate.day(LocalDate.parse(day), DateBasis.INFERRED, "no time of its own: the narrative time of its paragraph, ..."),
                EventType.COOPERATE, 1.0, EventStatus.OCCURRED, List.of("jordan"), List.of(), "s",
                List.of(new Passage(article, new Span(0, text.length()), text)), null);

        assertThat(merger.merge(List.of(carried.apply("a", "2011-02-04"), carried.apply("b", "2011-02-03"),
                carried.apply("c", "2011-02-03")))).singleElement()
                .satisfies(e -> assertThat(e.date().value()).isEqualTo("2011-02-03"));
    }

    @Test
    void differentActorsTypesOrDistantDatesStayApart() {
        String text = "The United States broke off talks with Russia";
        List<Event> merged = merger.merge(List.of(
                report("a", "2016-10-03", EventType.REJECT, text, "united-states", "russia"),
                report("b", "2016-10-03", EventType.REJECT, text, "france", "russia"),
                report("c", "2016-10-03", EventType.CONSULT, text, "united-states", "russia"),
                report("d", "2016-11-20", EventType.REJECT, text, "united-states", "russia")));
        assertThat(merged).hasSize(4);
    }

    @Test
    void idsFollowDateOrderWithUndatedLastWhateverTheInputOrder() {
        List<Event> input = new ArrayList<>(List.of(
                report("a", null, EventType.SUPPORT, "Russia backs Assad", "russia", "syria"),
                report("b", "2016-10-09", EventType.CONSULT, "France met Turkey", "france", "turkey"),
                report("c", "2016-10-03", EventType.REJECT, "US broke off talks", "united-states", "russia")));
        List<Event> first = merger.merge(input);
        Collections.reverse(input);
        List<Event> second = merger.merge(input);

        assertThat(first).extracting(Event::id).containsExactly("e1", "e2", "e3");
        assertThat(first).extracting(Event::type).containsExactly(EventType.REJECT, EventType.CONSULT, EventType.SUPPORT);
        assertThat(second).isEqualTo(first);
    }
}
