package org.annalist.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.annalist.text.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Furniture above the story's dateline, transcript headers, teasers of other posts and video credits. */
class PageTopTest {

    private final BoilerplateDetector detector = new BoilerplateDetector(BoilerplateRules.standard());

    private List<String> excluded(String text) {
        return detector.detect(text, 0).stream().map(r -> r.span().of(text) + " <" + r.reason() + ">").toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            byline and highlights glued to a CNN dateline; By the CNN Wire Staff Crowds fill the square NEW: Talks stall in the capital ; Cairo, Egypt (CNN) -- Thousands marched on Friday.
            highlights before a dateline without a place; Leaders meet in Brussels Sanctions are on the table ; (CNN) -- European leaders met on Monday.
            a Reuters date stamp before the dateline; TUNIS | Wed Mar 2, 2011 12:20 pm EST ; TUNIS (Reuters) - The prime minister resigned.
            a Reuters dateline with its day; Oil rises on supply fears ; LONDON, March 3 (Reuters) - Oil prices rose on Thursday.
            a place with its country in brackets; Minister visits the camps ; Nizip (Turkey) (AFP) - The minister visited a camp.
            a photo caption line above a highlights line; Ministers arrive for the summit.\\nNEW: Summit opens late ; Brussels (CNN) -- The summit opened two hours late.
            """)
    void theStretchAboveAnAgencyDatelineIsFurnitureAndTheStoryKept(String why, String furniture, String story) {
        String top = furniture.replace("\\n", "\n");
        String text = top + " " + story;

        assertThat(excluded(text)).as(why).containsExactly(top + " <" + PageTop.ABOVE_DATELINE + ">");
    }

    @Test
    void aDatelineOpeningTheTextOrFarDownLeavesEverythingInPlace() {
        assertThat(excluded("Tripoli, Libya (CNN) -- Rebels advanced on Sunday.\nThey took the airport.")).isEmpty();
        String story = "The rebels said they had taken the airport after a long night of fighting near the coast.\n";
        assertThat(excluded(story.repeat(20) + "He told CNN (CNN) -- that was the plan.")).isEmpty();
        assertThat(excluded("The talks broke down on Monday, the envoy told CNN in an interview.")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            By Jason Hanna, CNN ; The destroyer launches a missile toward the coast on Saturday.
            March 19, 2011 | By A. B. Writer and C. Writer, CNN ; Rebels pushed west on Sunday.
            By Stephan Richter -- Special to CNN ; Editorial writers have been harsh about the alliance.
            By the CNN Wire Staff ; The minister resigned on Friday.
            """)
    void aBylineOpeningTheFirstLineIsFurnitureWithoutTheRestOfTheLine(String byline, String rest) {
        assertThat(excluded(byline + " " + rest + "\nThe story goes on.")).containsExactly(byline + " <" + PageTop.BYLINE + ">");
    }

    @Test
    void aSentenceOpeningWithByIsNoByline() {
        assertThat(excluded("By Friday, CNN had confirmed the reports.\nThe story goes on.")).isEmpty();
        assertThat(excluded("The story begins.\nBy Jason Hanna, CNN: a second line is no byline.")).isEmpty();
    }

    @Test
    void aTranscriptHeaderIsFurnitureDownToItsNotice() {
        String text = "Return to Transcripts main page Floods in the North; Markets Fall Aired May 2, 2011 - 10:00 ET "
                + "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.\n"
                + "ANCHOR: Rivers burst their banks overnight.\n";

        assertThat(excluded(text)).containsExactly(text.substring(0, text.indexOf('\n')) + " <" + PageTop.TRANSCRIPT + ">");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The council met in Geneva and agreed to send observers to the border. FULL POST | boilerplate: teaser of another post
            A coach resigned on Thursday after twenty seasons. FULL STORY | boilerplate: teaser of another post
            Floods close the main road north. Full story » | boilerplate: teaser of another post
            CNN's Arwa Damon reports. | boilerplate: social media, short URL or time stamp widget
            CNN's Ben Wedeman reports from Benghazi, Libya. | boilerplate: social media, short URL or time stamp widget
            """)
    void teasersOfOtherPostsAndVideoCreditsAreFurniture(String line, String reason) {
        assertThat(excluded(line)).containsExactly(line + " <" + reason + ">");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The full story of the uprising has yet to be told.
            He said the post was full of letters.
            CNN could not independently confirm the reports.
            The correspondent reports that the road is open.
            """)
    void storyLinesLikeThemAreKept(String line) {
        assertThat(excluded(line)).isEmpty();
    }

    @Test
    void theTitleAndDateAreStillReadAboveTheDateline(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("stamp.txt"), "Rebels appeal for weapons\n\n"
                + "BENGHAZI | Wed Mar 30, 2011 9:14 am EDT BENGHAZI, Libya (Reuters) - Libyan rebels appealed "
                + "on Wednesday for heavier weapons.\n\nWestern diplomats said no decision had been taken.\n");

        Article a = Fixtures.read(dir).articles().get(0);

        assertThat(a.title()).isEqualTo("Rebels appeal for weapons");
        assertThat(a.published().date()).isEqualTo(LocalDate.of(2011, 3, 30));
        assertThat(a.published().source()).isEqualTo(DateSource.DATELINE);
        assertThat(a.isExcluded(new Span(0, 10))).isTrue();
        int lead = a.text().indexOf("Libyan rebels appealed");
        assertThat(a.outsideExcluded(new Span(0, lead + 10))).containsExactly(
                new Span(a.text().indexOf("BENGHAZI, Libya (Reuters)"), lead + 10));
    }
}
