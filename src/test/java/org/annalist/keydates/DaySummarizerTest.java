package org.annalist.keydates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DaySummarizerTest {

    private final DaySummarizer summarizer = DaySummarizer.standard();

    @Test
    void aLongSentenceIsCutAtTheEndOfAClauseNeverInsideOne() {
        String sentence = "NATO warplanes struck government tanks and artillery positions around the besieged western "
                + "city of Misrata for the third night running, while rebels in the east pushed towards the oil "
                + "town of Brega and diplomats in London met to plan the next steps of the campaign.";

        String line = summarizer.oneLine(sentence);

        assertThat(sentence).startsWith(line.substring(0, line.length() - 1));
        assertThat(line).endsWith("running.").hasSizeLessThanOrEqualTo(181);
    }

    @Test
    void aLongSentenceWithoutAClauseEndIsKeptWhole() {
        String sentence = "The United Nations Security Council voted to impose a no-fly zone over Libya and to take all "
                + "necessary measures to protect civilians under threat of attack in the country including Benghazi.";

        assertThat(summarizer.oneLine(sentence)).isEqualTo(sentence);
    }

    @Test
    void aTrailingAttributionIsDropped() {
        assertThat(summarizer.oneLine("Rebels took full control of the coastal city of Misrata on Sunday, a rebel "
                + "spokesman said.")).isEqualTo("Rebels took full control of the coastal city of Misrata on Sunday.");
    }

    @Test
    void aCommaInsideADateIsNoClauseEnd() {
        String sentence = "Rebels who had been fighting for months in the mountains south of the capital entered the city "
                + "on Sunday 21 August, 2011 and by nightfall were fighting their way towards the compound of the leader";

        assertThat(summarizer.oneLine(sentence)).isEqualTo(sentence + ".");
    }
}
