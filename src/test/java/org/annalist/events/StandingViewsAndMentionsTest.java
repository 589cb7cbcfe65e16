package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, acts (fourth round): writers' and unnamed speakers' views, an analyst's words over several
 * lines or sentences, habits told in the present tense, acts mentioned after "despite" or in rumours and
 * allegations, suppositions and pending conditions, captions without a verb of their own. Each class
 * draws nothing, and a near miss that is a state's act of a day is still drawn.
 */
class StandingViewsAndMentionsTest {

    private static List<Event> drawn(String text) {
        return Fixtures.drawnAsPipeline(text, "2011-02-10");
    }

    /** The whole catalog and the time tagger, as the pipeline runs them. */
    private static List<Event> all(String text) {
        return Fixtures.extractAsPipeline(text, "2011-02-10");
    }

    @Test
    void aWritersOrBloggersOpinionIsNoAct() {
        assertThat(drawn("Writer Tom Hale said Turkey has armed the militias in Syria.")).isEmpty();
        assertThat(drawn("Jane Roe wrote in a recent op-ed that Iran had armed the militias.")).isEmpty();
        assertThat(drawn("Blogger Jane Roe said Russia attacked the convoy.")).isEmpty();
        assertThat(drawn("A blogger said Russia attacked the convoy.")).isEmpty();
        assertThat(drawn("The analyst said Russia attacked the convoy.")).isEmpty();
        // near miss: a state's own op-ed is its statement
        assertThat(drawn("Jordan's foreign minister wrote in an op-ed on Tuesday that Iran had armed the militias."))
                .anySatisfy(e -> assertThat(e.source()).contains("jordan"));
    }

    @Test
    void aSentenceOpeningButDoesNotHideTheExpertSpeaker() {
        assertThat(drawn("But a former senior diplomat with long experience in Asia said Iran would attack Iraq.")).isEmpty();
        // near miss: a minister is no expert
        assertThat(drawn("But the Iranian foreign minister said on Monday Iran attacked Iraq.")).isNotEmpty();
    }

    @Test
    void anUnnamedFewSpeakNoAct() {
        assertThat(drawn("As rumors swirled last week, some suggested that Libya had attacked Chad.")).isEmpty();
        assertThat(drawn("Others have said Turkey armed the rebels.")).isEmpty();
        // near miss: a state's act before ", and some say"
        assertThat(drawn("Russia opposed the sanctions on Libya on Monday, and some say Turkey will follow."))
                .anySatisfy(e -> assertThat(e.source()).contains("russia"));
        // near miss: "some" inside a named subject
        assertThat(drawn("Some Turkish officials said Turkey attacked the rebels on Monday.")).isNotEmpty();
    }

    @Test
    void anAnalystsNextSentenceIsStillAView() {
        String text = "Mark Ellis, an analyst at a London think tank, said Iran would arm the rebels.\n"
                + "He added that Turkey has attacked the rebels.";
        assertThat(drawn(text)).isEmpty();
        // near miss: after a minister, "he" goes on speaking for his state
        String minister = "Turkish Foreign Minister Ahmet Davutoglu said Turkey would help the refugees.\n"
                + "He added that Turkey has attacked the rebels.";
        assertThat(drawn(minister)).isNotEmpty();
    }

    @Test
    void aQuotationOverSeveralLinesIsTheSpeakersWords() {
        String text = "\"It is not about the West.\nTurkey is attacking the rebels in Syria.\n"
                + "They will not stop,\" said Jane Roe.";
        assertThat(drawn(text)).noneSatisfy(e -> assertThat(e.summary()).contains("attack"));
        // near miss: the quotation closes on its own line, the next line is the writer's report
        String closed = "\"It is not about the West,\" said Jane Roe.\nTurkey attacked the rebels in Syria on Monday.";
        assertThat(drawn(closed)).anySatisfy(e -> assertThat(e.source()).contains("turkey"));
    }

    @Test
    void aHabitToldInThePresentIsNoAct() {
        assertThat(drawn("An envoy who visits Gadhafi is usually housed in a tent.")).isEmpty();
        assertThat(drawn("Every time the United States threatens Iran, oil prices rise.")).isEmpty();
        assertThat(drawn("Britain and France have long demanded that Gadhafi step down."))
                .noneSatisfy(e -> assertThat(e.type()).isEqualTo(EventType.REQUEST));
        // near miss: a past act beside a habit word is still an act of its day
        assertThat(drawn("The United States often criticised Iran, and on Monday it threatened Iran with sanctions."))
                .anySatisfy(e -> assertThat(e.type()).isEqualTo(EventType.THREATEN));
        assertThat(drawn("On Monday, Russia usually attacked Turkey.")).isNotEmpty();
        assertThat(drawn("Britain and France demanded on Monday that Gadhafi step down."))
                .anySatisfy(e -> assertThat(e.type()).isEqualTo(EventType.REQUEST));
    }

    @Test
    void anActAfterDespiteOrInARumourIsOnlyMentioned() {
        assertThat(drawn("Despite the Russian air strikes, Assad has held on to power.")).isEmpty();
        assertThat(drawn("Rumors that Russia was seeking a deal with Turkey shook the markets.")).isEmpty();
        // the examining is an act; the attack only alleged
        assertThat(drawn("The court examined allegations that Syria attacked Turkish troops."))
                .noneSatisfy(e -> assertThat(e.type()).isEqualTo(EventType.ASSAULT));
        // near miss: the air strikes themselves, told as an act
        assertThat(drawn("Russian jets carried out air strikes on Aleppo on Monday.")).isNotEmpty();
    }

    @Test
    void suppositionsAndPendingConditionsAreKeptButNotDrawn() {
        assertThat(drawn("Talks between Russia and Turkey will likely continue on Thursday.")).isEmpty();
        assertThat(all("Talks between Russia and Turkey will likely continue on Thursday."))
                .anySatisfy(e -> assertThat(e.status()).isEqualTo(EventStatus.HYPOTHETICAL));
        assertThat(drawn("Italy said on Monday that Gaddafi may stay in Libya once he resigns.")).noneSatisfy(
                e -> assertThat(e.summary()).containsIgnoringCase("resign"));
        assertThat(drawn("France's foreign minister said, predicting that Russia would attack Turkey.")).noneSatisfy(
                e -> assertThat(e.type()).isEqualTo(EventType.ASSAULT));
        // near miss: "once" with a past act is a time, not a condition
        assertThat(drawn("Once Russia captured the town on Monday, it attacked Turkey.")).isNotEmpty();
    }

    @Test
    void aCaptionWithoutAVerbOfItsOwnIsNoAct() {
        assertThat(drawn("The Arab League chief pictured at a meeting with Russia on May 15 in Cairo.")).isEmpty();
        // near miss: the meeting told by a reporting sentence
        assertThat(drawn("The Arab League chief met Russia's foreign minister on May 15 in Cairo.")).isNotEmpty();
    }
}
