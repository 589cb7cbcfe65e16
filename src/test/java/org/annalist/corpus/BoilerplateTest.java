package org.annalist.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.annalist.text.Span;
import org.junit.jupiter.api.Test;

class BoilerplateTest {

    private static Article sample(String id) {
        return Fixtures.read(Path.of("samples/" + id + ".txt")).articles().get(0);
    }

    @Test
    void theTrailingHeadlineListOfSample002IsExcludedFromItsCueToTheEnd() {
        Article a = sample("002_51ea97ab3d71d6b1");

        assertThat(a.excluded()).singleElement().satisfies(r -> {
            assertThat(r.span()).isEqualTo(new Span(4723, 9749));
            assertThat(r.span().end()).isEqualTo(a.text().length());
            assertThat(r.reason()).startsWith("boilerplate");
        });
        assertThat(a.isExcluded(new Span(4000, 4100))).isFalse();
    }

    @Test
    void aRelatedStoriesListAfterAnotherArticleIsExcludedToo() {
        Article a = Fixtures.article("text/ankara_visit.txt");

        assertThat(Fixtures.excludedText(a)).startsWith("[Related stories\n\nIraqi forces push towards Mosul")
                .endsWith("review the agreement one year on.\n]");
        assertThat(a.text().substring(0, a.excluded().get(0).span().start())).contains("a year after the agreement");
    }

    @Test
    void sharePromptsAndPhotoCreditsAreExcluded() {
        Article a = Fixtures.article("text/aid_convoy_caption.txt");

        // the headline and the caption above the dateline are page top as well (the caption also as a credit line)
        assertThat(Fixtures.excludedText(a)).isEqualTo("[Aid convoy reaches besieged town\n\n"
                + "Trucks carrying food wait at a checkpoint near Madaya (Reuters/Omar Sanadiki)]"
                + "[Trucks carrying food wait at a checkpoint near Madaya (Reuters/Omar Sanadiki)]"
                + "[Share this article][Photo: ICRC/Ali Yousef]");
        assertThat(a.title()).isEqualTo("Aid convoy reaches besieged town");
    }

    @Test
    void articlesWithoutFurnitureKeepAllTheirText() {
        assertThat(sample("001_dca0585e2d2c906d").excluded()).isEmpty();
        assertThat(sample("003_29281ecb90590ecd").excluded()).isEmpty();
        assertThat(Fixtures.article("text/ministers_meet.txt").excluded()).isEmpty();
    }

    @Test
    void aCueWordWithoutAHeadlineListAfterItIsNotFurniture() {
        BoilerplateDetector detector = new BoilerplateDetector(BoilerplateRules.standard());
        String text = "The minister spoke for an hour about the war and the refugees and the talks to come.\n\n"
                + "He said the talks would go on for some time yet, with more meetings planned.\n\n"
                + "Related\n\n"
                + "The ministers will meet again in Geneva next month, officials said, to prepare a new round.\n";

        assertThat(detector.detect(text, 0)).isEmpty();
    }

    @Test
    void aHeadlineListAtTheVeryTopIsNotTakenForATrailingBlock() {
        BoilerplateDetector detector = new BoilerplateDetector(BoilerplateRules.standard());
        String text = "Latest news\n\nSyria talks resume\n\nEU ministers meet\n\n"
                + "The rest of a long article follows here, sentence after sentence, about the talks. ".repeat(5);

        assertThat(detector.detect(text, 0)).isEmpty();
    }

    @Test
    void oneLineLinksToOtherStoriesAndFurnitureLinesAreExcluded() {
        BoilerplateDetector detector = new BoilerplateDetector(BoilerplateRules.standard());
        String text = "The minister arrived in Ankara on Monday for talks on the war.\n\n"
                + "Read more: Turkey and France sign migration accord\n\n"
                + "He will meet his counterpart on Tuesday, officials said.\n\n"
                + "Follow us on Twitter\n\nComments (12)\n\n\u00a9 2016 Example Media\n";

        assertThat(detector.detect(text, 0)).extracting(r -> r.span().of(text)).containsExactly(
                "Read more: Turkey and France sign migration accord", "Follow us on Twitter", "Comments (12)",
                "\u00a9 2016 Example Media");
    }

    @Test
    void readerCommentsWidgetsAndCreditLinesAreExcluded(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String article = "Aid reaches Madaya\n\nAn aid convoy reached the besieged town of Madaya on Monday, the UN said. "
                .repeat(3) + "\n(Photo: Omar Sanadiki)\nGetty Images\nGet short URL 1721\n"
                + "Officials said 40 trucks entered the town with food and medicine for 40,000 people.\n";
        String comments = "The BBC may edit your comments\nJohn from Leeds\nThis is a disgrace and the council should act.\n";
        java.nio.file.Files.writeString(dir.resolve("madaya.txt"), article + comments);

        Article a = Fixtures.read(dir).articles().get(0);

        assertThat(a.excluded()).extracting(ExcludedRange::reason).containsExactly(
                "boilerplate: photo caption or credit", "boilerplate: photo caption or credit",
                "boilerplate: social media, short URL or time stamp widget",
                "boilerplate: reader comments from 'The BBC may edit your comments'");
        assertThat(a.excluded().get(3).span().end()).isEqualTo(a.text().length());
        assertThat(a.isExcluded(new Span(a.text().indexOf("Officials said"), a.text().indexOf("Officials said") + 14))).isFalse();
    }

    @Test
    void aVideoBoxStampWithItsCaptionIsFurnitureAndDatesNothing(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // a list of video teasers, each "updated:" with a machine time stamp and the video's caption on the same line
        String text = "updated: Thu May 03 2012 06:46:00 A reporter speaks with the interim prime minister.\n"
                + "Rebels said on Monday they had taken the port after two days of fighting.\n"
                + "updated: Fri Mar 04 2011 07:15:00 A correspondent reports from the front line.\n";
        java.nio.file.Files.writeString(dir.resolve("videos.txt"), text);

        Article a = Fixtures.read(dir).articles().get(0);

        assertThat(a.excluded()).extracting(r -> r.span().of(a.text())).containsExactly(
                "updated: Thu May 03 2012 06:46:00 A reporter speaks with the interim prime minister.",
                "updated: Fri Mar 04 2011 07:15:00 A correspondent reports from the front line.");
        assertThat(a.published().isKnown()).as("a video's stamp is not the article's byline").isFalse();
    }

    @Test
    void aCommentStampWithTwoClockTimesOpensTheCommentSection() {
        BoilerplateDetector detector = new BoilerplateDetector(BoilerplateRules.standard());
        String story = "The senators said on Monday that the no-fly zone should be imposed at once, and the debate went on.\n"
                .repeat(12);
        String comment = "These leaders are smarter than a fifth grader! March 1, 2011 08:24 am at 8:24 am | Next comment here.\n";
        String text = story + comment + "A CNN feed item for February 11, 2013 - wp.\n";

        assertThat(detector.detect(text, 0)).singleElement().satisfies(r -> {
            assertThat(r.span().start()).isEqualTo(story.length());
            assertThat(r.span().end()).isEqualTo(text.length());
            assertThat(r.reason()).startsWith("boilerplate: reader comments");
        });
    }

    @Test
    void aCommentPageOpensAtItsCueLineEvenNearTheTopAndDatesTheArticleByItsFirstComment(
            @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String story = "Should the allies arm the rebels?\nWe want to hear from you.\n";
        String comments = "They should not, it would only prolong the war.\nMarch 21, 2011 at 9:14 am | I am confused by our involvement.\n"
                + "March 22, 2011 at 10:13 am | Reply The US has a role to play.\n";
        java.nio.file.Files.writeString(dir.resolve("blog.txt"), story + comments);

        Article a = Fixtures.read(dir).articles().get(0);

        assertThat(a.excluded()).singleElement().satisfies(r -> {
            assertThat(r.span().of(a.text())).startsWith("We want to hear from you.").endsWith("role to play.\n");
            assertThat(r.reason()).startsWith("boilerplate: reader comments");
        });
        assertThat(a.published().date()).isEqualTo(java.time.LocalDate.of(2011, 3, 21));
        assertThat(a.published().source()).isEqualTo(DateSource.INFERRED);
        assertThat(a.published().note()).contains("earliest reader comment");
    }

    @Test
    void aReportAsAbusiveSignatureOpensTheComments() {
        BoilerplateDetector detector = new BoilerplateDetector(BoilerplateRules.standard());
        String story = "The rebels took the town on Sunday after a week of fighting, the council said.\n".repeat(15);
        String text = story + "Great analysis.\nPosted by reader7 | Report as abusive I disagree with every word.\n";

        assertThat(detector.detect(text, 0)).singleElement().satisfies(r -> {
            assertThat(r.span().of(text)).startsWith("Posted by reader7");
            assertThat(r.reason()).startsWith("boilerplate: reader comments");
        });
    }
    @Test
    void aGalleryTitleGluedToTheBodySentenceIsExcludedAndTheSentenceStays() {
        BoilerplateDetector detector = new BoilerplateDetector(BoilerplateRules.standard());
        String text = "The rebels took the town on Sunday after a week of fighting, the council said.\n"
                + "Gallery: Shelling brings misery to the port The resolution authorizes the use of force, officials said.\n"
                + "Video: Rebel fighters on the road \"We will not stop,\" a commander said.\n"
                + "Gallery: Protesters take to the streets\n"
                + "Ongoing coverage - the uprising day by day\n";

        assertThat(detector.detect(text, 0)).extracting(r -> r.span().of(text)).containsExactly(
                "Gallery: Shelling brings misery to the port ",
                "Video: Rebel fighters on the road ",
                "Gallery: Protesters take to the streets",
                "Ongoing coverage - the uprising day by day");
    }

    @Test
    void bodySentencesAboutGalleriesVideosAndQuestionsAreNotFurniture() {
        BoilerplateDetector detector = new BoilerplateDetector(BoilerplateRules.standard());
        String text = "The rebels took the town on Sunday after a week of fighting, the council said.\n"
                + "The gallery: a room the rebels burned, with The paintings gone.\n"
                + "Video of the attack shows The rebels firing on the convoy, the ministry said.\n"
                + "A video posted online showed soldiers firing on the crowd.\n"
                + "The senator said: Here is my question to the president, why now?\n"
                + "Here's my question: who will pay for the war, the minister asked.\n";

        assertThat(detector.detect(text, 0)).isEmpty();
    }

    @Test
    void aBlogHostsQuestionToReadersOpensTheCommentsEvenNearTheTop() {
        BoilerplateDetector detector = new BoilerplateDetector(BoilerplateRules.standard());
        String post = "The allies bombed the air defenses on Saturday, the ministry said.\n";
        String text = post + "Here's my question to you: Should the U.S. arm the rebels?\n"
                + "Interested to know which ones made it on air?\n"
                + "No, they seem to be doing quite well on their own.\n"
                + "The rebels attacked the town and we should stay out, said a reader.\n"
                + post.repeat(20);

        assertThat(detector.detect(text, 0)).singleElement().satisfies(r -> {
            assertThat(r.span().start()).isEqualTo(post.length());
            assertThat(r.span().end()).isEqualTo(text.length());
            assertThat(r.reason()).startsWith("boilerplate: reader comments");
        });
    }
}
