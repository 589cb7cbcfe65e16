package org.annalist.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MisspellingTest {

    private static final LocalDate D2018 = LocalDate.of(2018, 2, 9);
    private final ActorRecognizer recognizer = CatalogActorRecognizer.standard();

    private List<String> found(String text) {
        return recognizer.find(text, D2018).stream().map(m -> m.text() + "=" + m.actorId()).toList();
    }

    @Test
    void aGivenNameOrATitleSupportsAMisspelling() {
        assertThat(found("Emmanuel Macaron spoke.")).containsExactly("Emmanuel Macaron=france");
        assertThat(found("Yesterday President McCron spoke.")).containsExactly("President McCron=france");
    }

    @Test
    void theSamePersonEarlierInTheArticleSupportsAMisspelling() {
        assertThat(found("Emmanuel Macron spoke.\nMcCron also told Putin.")).containsExactly(
                "Emmanuel Macron=france", "McCron=france", "Putin=russia");
        assertThat(found("McCron also spoke.")).isEmpty();
    }

    @Test
    void ordinaryWordsNeverBecomeActors() {
        assertThat(found("Putting it simply, macaroni is served at the Mac store. Marcel said in May that Macro was fine."))
                .isEmpty();
        assertThat(found("Putin spoke. Putting it simply, the Putting Green is no name, nor is a Mac or Mr. Macro."))
                .containsExactly("Putin=russia");
    }

    @Test
    void misspelledCountryNamesNeedSupportToo() {
        assertThat(found("Quatar's emir spoke.")).containsExactly("Quatar's emir=qatar");
        assertThat(found("Ethopia agreed with Ethiopia.")).containsExactly("Ethopia=ethiopia", "Ethiopia=ethiopia");
        assertThat(found("Tokyu said so.")).isEmpty();
    }

    @Test
    void commonSurnamesAreNotGuessedFromNearMisses() {
        LocalDate d2020 = LocalDate.of(2020, 6, 1);
        assertThat(recognizer.find("Britain said Mr. Johnston and Johnsons met.", d2020))
                .extracting(ActorMention::text).containsExactly("Britain");
        assertThat(recognizer.find("Boris Jonson spoke for Britain.", d2020))
                .extracting(m -> m.text() + "=" + m.actorId()).containsExactly("Boris Jonson=united-kingdom", "Britain=united-kingdom");
    }

    @Test
    void aWordTheArticleAlsoWritesInLowercaseIsNoName() {
        LocalDate d2018 = LocalDate.of(2018, 6, 1);
        assertThat(recognizer.find("Pence spoke of peace.\nPeace talks resumed.", d2018))
                .extracting(ActorMention::text).containsExactly("Pence");
    }

    @Test
    void aNearMissSurnameAfterAnotherGivenNameIsAnotherPerson() {
        LocalDate d2011 = LocalDate.of(2011, 2, 5);
        // the catalog knows "Qassem Soleimani" (Iran's Revolutionary Guards), not an "Omar Suleiman"
        assertThat(recognizer.find("An attack was made on Egyptian Vice President Omar Suleiman, officials said.\n"
                        + "Clinton backed the Suleiman-led process. Biden spoke with Suleiman by phone.", d2011))
                .extracting(ActorMention::actorId).doesNotContain("iran-revolutionary-guards");
        assertThat(recognizer.find("Vice President Omar Soleiman met the opposition.", d2011))
                .extracting(ActorMention::actorId).doesNotContain("iran-revolutionary-guards");
        assertThat(recognizer.find("Qasem Suleimani visited Baghdad.", d2011))
                .extracting(m -> m.text() + "=" + m.actorId()).contains("Qasem Suleimani=iran-revolutionary-guards");
    }
}
