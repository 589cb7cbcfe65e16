package org.annalist.events;

import static org.annalist.events.Fixtures.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.text.StrictJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Event types and summary lines that the egypt audit found wrong (issue 10), on sentences written for
 * this test: warnings, burning, beatings, a state's blocking, compound nouns ("a protest leader");
 * lines cut inside an amount or a hyphenated word, a dangling preposition, live-blog update stamps.
 */
class TypesAndSummaryCutsTest {

    /** The whole catalog and the time tagger, as the pipeline runs. */
    private static List<Event> of(String text) {
        return Fixtures.extractAsPipeline(text, "2011-02-10");
    }

    static List<LexiconFile.Example> examples() {
        return StrictJson.resource(EventLexicon.class, "lexicon.json", LexiconFile.class).examples();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyLexiconExampleGivesItsTypeAndSummary(LexiconFile.Example example) {
        assertThat(of(example.text())).anySatisfy(e -> {
            assertThat(e.type().id()).isEqualTo(example.type());
            assertThat(e.summary()).isEqualTo(example.summary());
        });
    }

    @Test
    void beatingsAndTortureAreAssaultsButAVerbBeforeAGroupStaysAnAct() {
        assertThat(of("Egyptian police in Cairo carried out beatings of detained protesters."))
                .extracting(Event::type).contains(EventType.ASSAULT).doesNotContain(EventType.AGREE);
        assertThat(of("Egyptian police attack groups of protesters in Cairo.")).extracting(Event::type)
                .contains(EventType.ASSAULT);
        assertThat(of("The Yemeni government dispatched helicopter gunships to the southern province.")).extracting(Event::type)
                .contains(EventType.MOBILIZE);
    }

    @Test
    void aProtestLeaderSpeakingIsNoProtestButAProtestStillIs() {
        assertThat(of("An Egyptian protest leader told CNN that the army would stay neutral."))
                .extracting(Event::type).doesNotContain(EventType.PROTEST);
        assertThat(of("Egyptian protesters held a protest in Cairo on Friday.")).extracting(Event::type)
                .contains(EventType.PROTEST);
    }

    @Test
    void aWarningIsAStatementWhileAThreatNamesWhatTheSpeakerWillDo() {
        assertThat(of("Russia warned Turkey on Monday.")).extracting(Event::type)
                .contains(EventType.STATEMENT).doesNotContain(EventType.THREATEN);
        assertThat(of("Russia warned that it would attack Turkey.")).extracting(Event::type)
                .contains(EventType.THREATEN);
    }

    @Test
    void aWarningCarriesTheClauseItSaysAndALongLineEndsBeforeItsIfClause() {
        assertThat(summaries("The Libyan prime minister warned Western governments they were looking at their last opportunity."))
                .contains("Libya warns Western governments they were looking at their last opportunity");
        assertThat(summaries("Gadhafi warned that thousands of Libyans will die if the United States or any of its Western allies "
                + "attack Libya from the sea.")).contains("Libya warns that thousands of Libyans will die");
    }

    @Test
    void amountsAndHyphenatedWordsAreNotCut() {
        assertThat(summaries("Qatar pledged $400 - $500 million to the Libyan rebels."))
                .anyMatch(s -> s.contains("$400 - $500 million"));
        assertThat(summaries("France said that more than 10,000 Bangladeshis were waiting at the border with Libya for days."))
                .anyMatch(s -> s.contains("More than 10,000 Bangladeshis"));
        // a line cut by its length ends at a clause's comma, never at the comma inside "10,000"
        assertThat(summaries("A few thousand Egyptians are in Tunisia awaiting travel home, and more than 10,000 Bangladeshis are "
                + "there awaiting evacuation with hundreds more arriving, the United Nations said."))
                .isNotEmpty().noneMatch(s -> s.endsWith("than 10"));
        assertThat(summaries("The United States has warned Libya that this is a do-or-die moment for the government."))
                .contains("United States warns that this is a do-or-die moment for the government");
    }

    @Test
    void aLineEndsNeitherOnAPrepositionWhoseObjectWasCutNorLosesAParticle() {
        assertThat(summaries("Republicans sharply criticized France and its government for the way they have talked about the military mission in Libya."))
                .allMatch(s -> !s.endsWith(" about") && !s.endsWith(" the"));
        assertThat(summaries("Egyptian protesters asked the Egyptian army to take over."))
                .anyMatch(s -> s.endsWith("to take over"));
        assertThat(summaries("But Egyptian protesters stand by her."))
                .anyMatch(s -> s.endsWith("stands by her"));
    }

    @Test
    void aSecondClauseIsNotTheObject() {
        assertThat(summaries("Egypt gave up its claims to the islands and took responsibility for the attack."))
                .contains("Egypt gives up its claims to the islands");
        assertThat(summaries("Egyptian police said at least three Egyptian protesters died and 70 were wounded in Cairo."))
                .noneMatch(s -> s.contains("and 70"));
    }

    @Test
    void anUpdateStampIsNeverInASummary() {
        assertThat(summaries("Updated 2:56 p.m. (2156 in Egypt)) The Egyptian army was attacked in Cairo, a witness said."))
                .isNotEmpty().allMatch(s -> !s.contains("Updated") && !s.contains("2156"));
        assertThat(summaries("The Egyptian army was attacked in Cairo, a witness said."))
                .contains("The Egyptian army was attacked in Cairo");
    }

    private static List<String> summaries(String text) {
        return of(text).stream().map(Event::summary).toList();
    }
}
