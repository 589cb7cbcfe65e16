package org.annalist.events;

import static org.annalist.events.Fixtures.article;
import static org.annalist.events.Fixtures.day;
import static org.annalist.events.Fixtures.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.annalist.corpus.Article;
import org.annalist.corpus.ExcludedRange;
import org.annalist.text.Span;
import org.junit.jupiter.api.Test;

class RuleEventExtractorTest {

    @Test
    void datesAnActByItsWeekdayAndFindsWhoDidWhatToWhom() {
        String text = "The United States broke off talks with Russia on Monday, accusing it of breaking its commitments.";
        Article a = article("a", text, "2016-10-05");
        List<Event> events = extract(a, day(text, "Monday", "2016-10-03"));

        Event first = events.get(0);
        assertThat(first.type()).isEqualTo(EventType.REJECT);
        assertThat(first.source()).containsExactly("united-states");
        assertThat(first.target()).containsExactly("russia");
        assertThat(first.date().value()).isEqualTo("2016-10-03");
        assertThat(first.date().basis()).isEqualTo(DateBasis.RELATIVE);
        assertThat(first.date().derivation()).isEqualTo("'on Monday' in an article published Wed 5 Oct 2016 -> Mon 3 Oct 2016");
        assertThat(first.status()).isEqualTo(EventStatus.OCCURRED);
        assertThat(first.tone()).isNegative();
        assertThat(first.passages().get(0).text()).isEqualTo(text);
        assertThat(first.summary()).startsWith("United States breaks off talks");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.ACCUSE);
            assertThat(e.source()).containsExactly("united-states");
            assertThat(e.target()).containsExactly("russia");
        });
    }

    @Test
    void plannedTripOnTwoDaysIsAnIntervalMarkedPlanned() {
        String text = "France said Foreign Minister Jean-Marc Ayrault would travel to Russia and the United States on Thursday and Friday.";
        Article a = article("a", text, "2016-10-05");
        List<Event> events = extract(a, day(text, "Thursday", "2016-10-06"), day(text, "Friday", "2016-10-07"));

        assertThat(events).hasSize(1);
        Event e = events.get(0);
        assertThat(e.type()).isEqualTo(EventType.CONSULT);
        assertThat(e.status()).isEqualTo(EventStatus.PLANNED);
        assertThat(e.source()).containsExactly("france");
        assertThat(e.target()).containsExactly("russia", "united-states");
        assertThat(e.date().value()).isEqualTo("2016-10-06/2016-10-07");
        assertThat(e.date().granularity()).isEqualTo(Granularity.INTERVAL);
    }

    @Test
    void reportedSpeechWithoutATimeTakesThePublicationDate() {
        String text = "Ayrault said Russia must stop the bombing of Aleppo.";
        List<Event> events = extract(article("a", text, "2016-10-23"));

        assertThat(events).hasSize(1);
        Event e = events.get(0);
        assertThat(e.type()).isEqualTo(EventType.REQUEST);
        assertThat(e.source()).containsExactly("france");
        assertThat(e.target()).containsExactly("russia");
        assertThat(e.date().basis()).isEqualTo(DateBasis.PUBLISHED);
        assertThat(e.date().start()).isEqualTo(LocalDate.of(2016, 10, 23));
    }

    @Test
    void aTimeExpressionAfterSinceGovernsNothing() {
        String text = "Turkey has supported the rebels in Syria since July 7.";
        List<Event> events = extract(article("a", text, "2016-10-23"), day(text, "July 7", "2016-07-07"));

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.SUPPORT);
            assertThat(e.date()).isNull();
        });
    }

    @Test
    void passiveVoiceTurnsTheRolesAround() {
        String text = "A Turkish convoy was attacked by Syrian forces on Sunday.";
        List<Event> events = extract(article("a", text, "2016-10-23"), day(text, "Sunday", "2016-10-23"));

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.ASSAULT);
            assertThat(e.source()).containsExactly("syria");
            assertThat(e.target()).containsExactly("turkey");
        });
    }

    @Test
    void pronounSubjectStandsForTheLastActor() {
        String text = "Ayrault arrived in Ankara. He will meet Erdogan on Monday.";
        List<Event> events = extract(article("a", text, "2016-10-23"), day(text, "Monday", "2016-10-24"));

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.CONSULT);
            assertThat(e.source()).containsExactly("france");
            assertThat(e.target()).containsExactly("turkey");
            assertThat(e.status()).isEqualTo(EventStatus.PLANNED);
        });
    }

    @Test
    void negationTurnsAgreementIntoRejection() {
        String text = "Russia did not agree to the French draft resolution on Saturday.";
        List<Event> events = extract(article("a", text, "2016-10-09"), day(text, "Saturday", "2016-10-08"));

        assertThat(events).singleElement().satisfies(e -> assertThat(e.type()).isEqualTo(EventType.REJECT));
    }

    @Test
    void nothingComesFromExcludedRanges() {
        String text = "Russia attacked Turkey on Monday.\nLatest news\nFrance calls on Russia to stop.";
        int cut = text.indexOf("Latest");
        Article a = article("a", text, "2016-10-05", new ExcludedRange(new Span(cut, text.length()), "boilerplate"));
        List<Event> events = extract(a, day(text, "Monday", "2016-10-03"));

        assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.passages().get(0).span().end()).isLessThanOrEqualTo(cut));
    }

    @Test
    void demonymBeforeAPlaceNounIsNoActor() {
        String text = "France condemned the bombing of the Syrian city of Aleppo.";
        List<Event> events = extract(article("a", text, "2016-10-05"));

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.ACCUSE);
            assertThat(e.target()).doesNotContain("syria");
        });
    }

    @Test
    void quotedWordsAreNotActs() {
        String text = "\"We will attack Russia,\" he joked.";
        assertThat(extract(article("a", text, "2016-10-05"))).isEmpty();
    }

    @Test
    void theSpeakerAtTheEndIsNoTarget() {
        String text = "Turkey shelled the convoy near Aleppo, the United Nations said.";
        List<Event> events = extract(article("a", text, "2016-10-05"));

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.ASSAULT);
            assertThat(e.source()).containsExactly("turkey");
            assertThat(e.target()).isEmpty();
            assertThat(e.date().basis()).isEqualTo(DateBasis.PUBLISHED);
        });
    }

    @Test
    void coordinatedSubjectsActTogether() {
        String text = "Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State John Kerry discussed Syria by telephone.";
        List<Event> events = extract(article("a", text, "2016-10-05"));

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.CONSULT);
            assertThat(e.source()).containsExactlyInAnyOrder("russia", "united-states");
            assertThat(e.target()).containsExactly("syria");
        });
    }

    @Test
    void aQuotationOpenedInAnEarlierSentenceStaysQuoted() {
        String text = "\"We hope Russia will not veto. If it did, Turkey would attack Syria,\" Ayrault said.";
        List<Event> events = extract(article("a", text, "2016-10-23"));

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.STATEMENT);
            assertThat(e.source()).containsExactly("france");
        });
    }
}
