package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, acts (seventh round): what a reader sees drawn on the timeline. A belief is no act and no statement; a
 * former official introduced by title comments; a relative clause describing a group, or in the present, describes
 * its noun; a risk is nobody's threat; a sentence that places an act told elsewhere is no new act. Types: an
 * announced plan is a plan, not a threat; a swearing-in is no threat; accounts and views are statements; an
 * "assault ship" is no assault. Each rule has a near miss that is still drawn.
 */
class BeliefsDescriptionsAndPlansTest {

    /** The sentence after a headline line, so that it is not read as the headline. */
    private static List<Event> drawn(String text) {
        return Fixtures.drawnAsPipeline("News from the region\n" + text, "2011-02-10");
    }

    @Test
    void aBeliefIsNeitherAnActNorAStatement() {
        assertThat(drawn("U.S. officials believe Syria ordered the bombing.")).isEmpty();
        assertThat(drawn("Israel fears Egypt will abandon the peace treaty.")).isEmpty();
        assertThat(drawn("Libyan rebels believe the explosions were from Grad rockets.")).isEmpty();
        // near misses: the same words said are reported, and "hopes to" is an intent
        assertThat(drawn("U.S. officials said Syria ordered the bombing.")).isNotEmpty();
        assertThat(drawn("Libyan rebels said the explosions were from Grad rockets."))
                .anySatisfy(e -> assertThat(e.type()).isEqualTo(EventType.STATEMENT));
        assertThat(drawn("Libya hopes to meet Egypt next week."))
                .anySatisfy(e -> assertThat(e.status()).isEqualTo(EventStatus.PLANNED));
    }

    @Test
    void aFormerOfficialIntroducedByTitleComments() {
        assertThat(drawn("Former U.S. ambassador Frank Wisner said the United States should support Mubarak.")).isEmpty();
        // near miss: "the former prime minister" names again someone of the story, who acts
        assertThat(drawn("The former prime minister said he would also ask Washington to be more engaged."))
                .anySatisfy(e -> assertThat(e.target()).contains("united-states"));
    }

    @Test
    void aRelativeClauseDescribingItsNounIsNoAct() {
        assertThat(drawn("The court is studying the case of demonstrators who demanded greater freedoms from Egypt."))
                .noneSatisfy(e -> assertThat(e.type()).isEqualTo(EventType.REQUEST));
        assertThat(drawn("Egypt hosted the rebels, who are fighting a civil war against Libyan forces."))
                .singleElement().satisfies(e -> assertThat(e.type()).isEqualTo(EventType.CONSULT));
        // near misses: the same acts told as acts of a day
        assertThat(drawn("Egyptian demonstrators demanded greater freedoms on Friday."))
                .anySatisfy(e -> assertThat(e.type()).isEqualTo(EventType.REQUEST));
        assertThat(drawn("Libyan rebels fought Gaddafi forces in Brega on Friday."))
                .anySatisfy(e -> assertThat(e.type()).isEqualTo(EventType.ASSAULT));
    }

    @Test
    void aRiskIsNobodysThreat() {
        assertThat(drawn("Saif al-Islam said the protests threatened to sink Libya into civil war.")).isEmpty();
        assertThat(drawn("The violence threatens to drag Egypt into chaos.")).isEmpty();
        assertThat(drawn("Libya threatened to attack Egypt."))
                .anySatisfy(e -> assertThat(e.type()).isEqualTo(EventType.THREATEN));
    }

    @Test
    void aSentencePlacingAnActToldElsewhereIsNoNewAct() {
        assertThat(drawn("The meeting with Libya came as the rebels advanced on Tripoli.")).isEmpty();
        assertThat(drawn("NATO's strike came as the rebels advanced on Tripoli."))
                .anySatisfy(e -> assertThat(e.source()).contains("nato"));
    }

    @Test
    void anAnnouncedPlanIsAPlanNotAThreat() {
        assertThat(drawn("Egypt announced it would close the Rafah border crossing.")).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.COERCE);
            assertThat(e.status()).isEqualTo(EventStatus.PLANNED);
        });
        // near miss: a hostile plan said, not announced, is a threat (WarningsBlocksAndCallsTest)
        assertThat(drawn("Libya said on Monday it would fight back against the rebels."))
                .anySatisfy(e -> assertThat(e.type()).isEqualTo(EventType.THREATEN));
    }

    @Test
    void swearingInAccountsAndShipsAreTypedByWhatTheyAre() {
        assertThat(drawn("Egypt's new cabinet was sworn in before the military council."))
                .noneSatisfy(e -> assertThat(e.type()).isEqualTo(EventType.THREATEN));
        assertThat(drawn("Libyan rebels gave varying accounts of the bombardment."))
                .singleElement().satisfies(e -> assertThat(e.type()).isEqualTo(EventType.STATEMENT));
        assertThat(drawn("Libyan officials gave no details of the casualties."))
                .noneSatisfy(e -> assertThat(e.summary()).contains("gives details"));
        assertThat(drawn("Two U.S. amphibious assault ships passed through Egypt's Suez Canal on Wednesday."))
                .noneSatisfy(e -> assertThat(e.type()).isEqualTo(EventType.ASSAULT));
        // near miss: a strike by ships is an assault
        assertThat(drawn("U.S. warships struck Libyan air defenses on Saturday."))
                .anySatisfy(e -> assertThat(e.type()).isEqualTo(EventType.ASSAULT));
    }
}
