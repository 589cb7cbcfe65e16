package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annalist.text.StrictJson;
import org.junit.jupiter.api.Test;

/** The converter reads the PETRARCH2 and PLOVER formats into the project's strictly bound resources. */
class CameoConverterTest {

    private static final List<String> VERBS = List.of(
            "####### SYNONYM SETS #######",
            "&AID",
            "+AID",
            "+ASSISTANCE_   # no plural",
            "&AUX_",
            "+WILL",
            "####### VERB PATTERNS #######",
            "---  ASK   [---]  ---",
            "+ASK_FOR {+ASKED_FOR +ASKING_FOR +ASKS_FOR} [020]",
            "PLEAD",
            "- * (FOR {HUMANITARIAN &AID})    [0233]  # ASK",
            "- $ PROSECUTOR * +ARREST  [173:173] # REQUEST",
            "- SYMBOLICALLY *   [---]",
            "~ a (a b WILL_ATTACK) SAY = a b 138");

    @Test
    void convertsSynonymSetsVerbsWithFormsAndPatterns() throws Exception {
        CameoDictionary.VerbFile f = StrictJson.read(CameoConverter.verbsJson(VERBS), CameoDictionary.VerbFile.class);
        assertThat(f.synsets().get("aid")).containsExactly("aid", "aids", "assistance");
        assertThat(f.synsets().get("aux")).containsExactly("will");
        assertThat(f.blocks()).singleElement().satisfies(b -> {
            assertThat(b.verbs()).extracting(CameoDictionary.Verb::verb).containsExactly("ask for", "plead");
            assertThat(b.verbs().get(0).forms()).containsExactly("ask for", "asked for", "asking for", "asks for");
            assertThat(b.verbs().get(0).code()).isEqualTo("020");
            assertThat(b.verbs().get(1).forms()).containsExactly("plead", "pleads", "pleaded", "pleading");
            assertThat(b.verbs().get(1).code()).isNull(); // the block's "---": no event alone
            assertThat(b.patterns()).containsExactly(
                    new CameoDictionary.Rule(List.of(), List.of("for", "humanitarian &aid"), "0233"),
                    new CameoDictionary.Rule(List.of("prosecutor"), List.of("arrest"), "173"),
                    new CameoDictionary.Rule(List.of("symbolically"), List.of(), null));
        });
    }

    @Test
    void readsThePloverTableWithInvestigateKeptAsACategory() throws Exception {
        List<String> table = List.of("# header", "09: ACCUSE", "091: ACCUSE, investigate, crime; corruption # Investigate crime",
                "163: COERCE, restrict,   diplomatic # Impose embargo", "175: ASSAULT, a, b # first", "175: COERCE, , # repeat",
                "~~~~~", "190: AGREE, , # after the end marker");
        CameoDictionary.PloverFile f = StrictJson.read(CameoConverter.ploverJson(table), CameoDictionary.PloverFile.class);
        assertThat(f.codes().get("091")).isEqualTo(new CameoDictionary.Category("investigate", "investigate", "crime; corruption"));
        assertThat(f.codes().get("163").type()).isEqualTo("coerce");
        assertThat(f.codes().get("175").type()).isEqualTo("assault");
        assertThat(f.codes().get("01").type()).isEqualTo("statement");
        assertThat(f.codes()).doesNotContainKey("190");
    }

    /** The committed resources are exactly what the converter makes of the shared dictionaries. */
    @Test
    void committedResourcesAreTheConvertersOutput() throws Exception {
        Path dir = Path.of(System.getProperty("annalist.shared", "../shared"), "data", "event-dictionaries");
        assumeTrue(Files.exists(dir.resolve("CAMEO.2.0.txt")), "shared dictionaries absent");
        Path res = Path.of("src/main/resources/org/annalist/events/cameo");
        assertThat(CameoConverter.verbsJson(Files.readAllLines(dir.resolve("CAMEO.2.0.txt"), StandardCharsets.ISO_8859_1)))
                .isEqualTo(Files.readString(res.resolve("verbs.json")));
        assertThat(CameoConverter.ploverJson(Files.readAllLines(dir.resolve("CAMEO2PLOVER-2021.txt"), StandardCharsets.UTF_8)))
                .isEqualTo(Files.readString(res.resolve("plover.json")));
    }
}
