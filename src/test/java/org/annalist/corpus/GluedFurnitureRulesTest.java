package org.annalist.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fifth round of furniture rules, one example row each, and the body sentences that look like them
 * but must stay: text glued after a closing credit, caption credit lines, glued related headlines,
 * viewers' e-mails, stamp-less comments above a comment form.
 */
class GluedFurnitureRulesTest {

    private static final String STORY = "The council said on Sunday that the rebels had taken the town after a week of fighting.\n";
    private final BoilerplateDetector detector = new BoilerplateDetector(BoilerplateRules.standard());

    private List<String> excluded(String text) {
        return detector.detect(text, 0).stream().map(r -> r.span().of(text)).toList();
    }

    private List<String> reasons(String text) {
        return detector.detect(text, 0).stream().map(ExcludedRange::reason).toList();
    }

    @Test
    void aCommentCueGluedAfterTheClosingCreditOpensTheComments() {
        String text = STORY.repeat(3) + "(Reporting by A. Writer; Editing by B. Editor) We welcome comments that advance the story.\n"
                + "The rebels executed prisoners and nobody cares.\n";

        assertThat(excluded(text)).containsExactly("We welcome comments that advance the story.\n"
                + "The rebels executed prisoners and nobody cares.\n");
        assertThat(reasons(text)).singleElement().asString().startsWith("boilerplate: reader comments");
    }

    @Test
    void otherTextGluedAfterTheClosingCreditIsFurnitureAndTheCreditStays() {
        String text = STORY + "(additional reporting by A. Writer) A smarter way to research the law\n" + STORY;

        assertThat(excluded(text)).containsExactly("A smarter way to research the law");
        assertThat(reasons(text)).containsExactly("boilerplate: text glued after the story's closing credit");
    }

    @Test
    void aCaptionAndItsContextSentenceAreClosedByACreditLineAndTheTextAfterTheCreditStays() {
        String text = STORY + "A rebel fighter rests beside a tank outside Ajdabiyah April 9, 2011.\n"
                + "Government forces shelled the town for two days, residents said on Saturday.\n"
                + "REUTERS\\/Goran Tomasevic The United States recognized the council on Friday.\n"
                + "Photo: A fighter fires a rocket near Brega.\n" + STORY;

        assertThat(excluded(text)).containsExactly("A rebel fighter rests beside a tank outside Ajdabiyah April 9, 2011.\n"
                + "Government forces shelled the town for two days, residents said on Saturday.\n"
                + "REUTERS\\/Goran Tomasevic", "Photo: A fighter fires a rocket near Brega.");
        assertThat(reasons(text)).containsOnly("boilerplate: photo caption or credit");
    }

    @Test
    void aDatedSentenceWithoutACreditAfterItIsNotACaption() {
        String text = STORY + "France recognized the rebel council in Benghazi on March 10, 2011.\n"
                + "Reuters reported the vote first.\n" + STORY;

        assertThat(excluded(text)).isEmpty();
    }

    @Test
    void relatedHeadlinesGluedBeforeASentenceAreExcludedAndTheSentenceStays() {
        String text = STORY + "Rebels take the airport Gadhafi forces shell Misrata It was not clear how many were killed.\n"
                + "Clinton: Time is on our side Video: Fighters cheer But France sent two more warplanes.\n";

        assertThat(excluded(text)).containsExactly("Rebels take the airport Gadhafi forces shell Misrata ",
                "Clinton: Time is on our side Video: Fighters cheer ");
        assertThat(reasons(text)).containsOnly("boilerplate: related headlines glued to the text");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The general's response: We are working with the rebels on a plan.",
        "They have been there despite the fact they were not attacked They stuck with us.",
        "We're going to stay in Ohio for today's Before We Go segment.",
        "Cowardly and Foolishly Sweep Any of It Under the Carpet, he wrote.",
        "Libya opposition: ` We really need money' the leader said.",
        "(events that never took place in Libya) There is no electricity."})
    void sentencesWithACapitalizedPronounInsideAreNotGluedHeadlines(String line) {
        assertThat(excluded(STORY + line + "\n" + STORY)).isEmpty();
    }

    @Test
    void viewersEmailsAreFurnitureLineByLine() {
        String text = STORY + "An e-mail from Omar in Benghazi: The regime killed my cousin.\n"
                + "1415: Email from Ahmed in Tripoli: Soldiers attacked the crowd.\n"
                + "Maria in Toronto writes: The army attacked my grandmother's town.\n"
                + "Seth writes, I hope they arrest the officers.\n" + STORY;

        assertThat(excluded(text)).containsExactly("An e-mail from Omar in Benghazi: The regime killed my cousin.",
                "1415: Email from Ahmed in Tripoli: Soldiers attacked the crowd.",
                "Maria in Toronto writes: The army attacked my grandmother's town.",
                "Seth writes, I hope they arrest the officers.");
        assertThat(reasons(text)).containsOnly("boilerplate: a viewer's or reader's e-mail");
    }

    @Test
    void oneColumnistQuotedByNameOrAPressReviewIsNotAViewersEmail() {
        String text = STORY + "Carter writes, \"The Oval Office changes the outlook of its occupants.\"\n"
                + "He writes, \"The United States was feared on the world stage.\"\n"
                + "Greg Sheridan of The Australian writes: A stalemate is better than a victory for Gaddafi.\n" + STORY;

        assertThat(excluded(text)).isEmpty();
    }

    @Test
    void stamplessCommentsAboveACommentFormStartAtTheFirstReadersLine() {
        String text = STORY.repeat(4) + "you are all forgetting who sold him the weapons!!\n"
                + "I think the president should have asked Congress first.\n"
                + "Nobody in this country cares about the civilians.\n"
                + "Do you really believe the rebels will hold elections??\n"
                + "(required, but will not be displayed) CNN welcomes a lively and courteous discussion.\n";

        assertThat(excluded(text)).singleElement().asString().startsWith("you are all forgetting");
        assertThat(reasons(text)).singleElement().asString().startsWith("boilerplate: reader comments");
    }

    @Test
    void aCommentFormWithoutReadersLinesAboveItOpensTheCommentsAtTheForm() {
        String last = "We should tell you that we have blurred the video, the editors said.\n";
        String text = STORY.repeat(4) + last + "(required, but will not be displayed) CNN welcomes a lively discussion.\n";

        assertThat(excluded(text)).singleElement().asString().startsWith("(required");
    }

    @Test
    void readersLinesJustAboveTheFirstStampedCommentJoinTheComments() {
        String text = STORY.repeat(4) + "Thank you for covering Libya, no one seems to want to question this.\n"
                + "What would we be if we called for help during our revolution?\n"
                + "This war is illegal June 9, 2011 at 11:30 pm | Reply\n";

        assertThat(excluded(text)).singleElement().asString().startsWith("Thank you for covering");
    }

    @Test
    void aReutersCommentPolicyLineOpensTheComments() {
        String text = STORY.repeat(4) + "Views expressed in the comments do not represent those of Reuters.\n"
                + "They are killing civilians maybe more than Gaddafi.\n";

        assertThat(excluded(text)).singleElement().asString().startsWith("Views expressed");
        assertThat(reasons(text)).singleElement().asString().startsWith("boilerplate: reader comments");
    }
}
