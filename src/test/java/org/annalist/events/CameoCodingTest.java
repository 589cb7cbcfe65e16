package org.annalist.events;

import static org.annalist.events.Fixtures.article;
import static org.annalist.events.Fixtures.extract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.annalist.text.StrictJson;
import org.annalist.text.Token;
import org.annalist.text.Tokenizer;
import org.junit.jupiter.api.Test;

/** The field's CAMEO verb patterns code acts; the PLOVER type follows the CAMEO-to-PLOVER table. */
class CameoCodingTest {

    private static final CameoDictionary CAMEO = CameoDictionary.standard();

    private static CameoDictionary.Match code(String sentence, String verb) {
        List<Token> tokens = new Tokenizer().tokenize(sentence, 0, sentence.length());
        int at = 0;
        while (!tokens.get(at).lower().equals(verb)) {
            at++;
        }
        return CAMEO.code(tokens, at, 0, tokens.size());
    }

    @Test
    void theBuiltInDictionariesLoadWholly() {
        assertThat(CAMEO.verbCount()).isGreaterThan(1500);
        assertThat(CAMEO.codeCount()).isGreaterThan(250);
    }

    @Test
    void aPatternAroundTheVerbGivesTheMoreSpecificCode() {
        CameoDictionary.Match aid = code("The government asked for humanitarian aid", "asked");
        assertThat(aid.code()).isEqualTo("0233");
        assertThat(aid.type()).isEqualTo(EventType.REQUEST);
        assertThat(aid.words()).isPositive();
        CameoDictionary.Match plain = code("The government asked the court", "asked");
        assertThat(plain.code()).isEqualTo("020");
        assertThat(plain.words()).isZero();
    }

    @Test
    void codesMapToPloverTypesByTheirNearestListedPrefix() {
        assertThat(CAMEO.typeOf("0233")).isEqualTo(EventType.REQUEST);
        assertThat(CAMEO.typeOf("1056")).isEqualTo(EventType.REQUEST);
        assertThat(CAMEO.typeOf("163")).isEqualTo(EventType.COERCE); // embargo: PLOVER moves it from sanction
        assertThat(CAMEO.typeOf("091")).isEqualTo(EventType.INVESTIGATE);
        assertThat(CAMEO.typeOf("195")).isEqualTo(EventType.ASSAULT);
        assertThat(CAMEO.typeOf("010")).isEqualTo(EventType.STATEMENT);
    }

    @Test
    void anExtractedActCarriesTheCodeThatAgreesWithItsType() {
        String text = "Russia accused Turkey of war crimes on Monday.";
        List<Event> events = extract(article("a", text, "2016-10-05"));
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.ACCUSE);
            assertThat(e.cameo()).isEqualTo("112"); // "of war crimes" is CAMEO's legal charge (173), a coercion: the verb's own code reads as the act
            assertThat(CAMEO.typeOf(e.cameo())).isEqualTo(e.type());
        });
    }

    @Test
    void aVerbTriggerTheTaggerReadsAsANounHeadsNoVerbAct() {
        String text = "France urged Russia to join talks and stop supporting attacks on civilians.";
        List<Event> events = extract(article("a", text, "2016-10-05"));
        assertThat(events).extracting(Event::type).contains(EventType.REQUEST).doesNotContain(EventType.CONSULT);
    }

    @Test
    void aCameoVerbTheLexiconDoesNotKnowIsAnActWhenAPatternConfirmsIt() {
        String text = "Russia airlifted humanitarian supplies to Syria on Monday.";
        List<Event> events = extract(article("a", text, "2016-10-05"));
        assertThat(events).anySatisfy(e -> {
            assertThat(e.source()).containsExactly("russia");
            assertThat(e.cameo()).isNotNull();
            assertThat(e.type()).isEqualTo(CAMEO.typeOf(e.cameo()));
        });
    }

    @Test
    void aNegatedActDropsTheCodeOfTheVerbItNegates() {
        String text = "Russia did not agree to the French draft resolution.";
        List<Event> events = extract(article("a", text, "2016-10-05"));
        assertThat(events).allSatisfy(e -> {
            if (e.cameo() != null) {
                assertThat(CAMEO.typeOf(e.cameo())).isEqualTo(e.type());
            }
        });
    }

    @Test
    void aMisspeltKeyInARuleFileFailsInsteadOfEmptyingIt() {
        String good = "{\"verbs\": [], \"patterns\": []}";
        String typo = "{\"verbs\": [], \"paterns\": []}";
        assertThatThrownBy(() -> StrictJson.read(typo, CameoDictionary.Block.class)).hasMessageContaining("atterns");
        org.assertj.core.api.Assertions.assertThatCode(() -> StrictJson.read(good, CameoDictionary.Block.class))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> StrictJson.read("{\"type\": \"agree\", \"mode\": \"\"}", CameoDictionary.Category.class))
                .hasMessageContaining("context");
        assertThatThrownBy(() -> StrictJson.read("{\"type\": \"agreee\", \"mode\": \"\", \"context\": \"\"}",
                CameoDictionary.Category.class)).hasMessageContaining("AGREEE");
    }
}
