package org.annalist.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fine Penn tags from the model's Universal tags: rows of general English sentences, and the word data's binding. */
class FineTagsTest {

    @Test
    void everyMarkedWordOfTheRowsGetsItsFineTag() throws IOException {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (String row : resource("fine-tag-rows.txt").lines().toList()) {
            if (row.isBlank() || row.startsWith("#")) {
                continue;
            }
            List<String> words = new ArrayList<>();
            List<String> expected = new ArrayList<>();
            for (String item : row.split(" ")) {
                int slash = item.lastIndexOf('/');
                words.add(slash > 0 ? item.substring(0, slash) : item);
                expected.add(slash > 0 ? item.substring(slash + 1) : null);
            }
            String sentence = String.join(" ", words).replace(" '", "'"); // "Gaddafi 's" is written "Gaddafi's"
            List<Token> tokens = new Tokenizer().tokenize(sentence);
            assertThat(tokens).as(sentence).hasSize(words.size());
            String[] tags = PosTagger.standard().tags(tokens);
            for (int i = 0; i < tags.length; i++) {
                if (expected.get(i) != null) {
                    checked++;
                    if (!expected.get(i).equals(tags[i])) {
                        failures.add(words.get(i) + " " + tags[i] + " (not " + expected.get(i) + ") in: " + sentence);
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
        assertThat(failures).isEmpty();
    }

    @Test
    void theModelAloneTellsNoPastTenseFromAParticiple() {
        // why the fine tags exist: the Universal tags are the same for both readings of "killed"
        String[] universal = PosTagger.standard().universal(new Tokenizer().tokenize("Troops killed protesters ."));
        String[] passive = PosTagger.standard().universal(new Tokenizer().tokenize("Protesters were killed ."));
        assertThat(universal[1]).isEqualTo(passive[2]).isEqualTo("VERB");
    }

    @Test
    void formsAreReadFromTheGivenUniversalTags() {
        FineTags fine = FineTags.standard();
        assertThat(fine.of(new String[] {"Backed", "by", "Nato", ",", "rebels", "advanced"},
                new String[] {"VERB", "ADP", "PROPN", "PUNCT", "NOUN", "VERB"}))
                .containsExactly("VBN", "IN", "NNP", ",", "NNS", "VBD");
        assertThat(fine.of(new String[] {"the", "wounded", "soldiers", "could", "n't", "leave"},
                new String[] {"DET", "VERB", "NOUN", "AUX", "PART", "VERB"}))
                .containsExactly("DT", "VBN", "NNS", "MD", "RB", "VB");
        assertThat(fine.of(new String[] {"a", "Penn", "tag"}, new String[] {"DT", "NNP", "NN"}))
                .as("tags already fine pass unchanged").containsExactly("DT", "NNP", "NN");
    }

    @Test
    void aMisspeltKeyInTheWordDataFails() throws IOException {
        String json = resource("/org/annalist/text/fine-tags.json");
        assertThat(StrictJson.read(json, FineTagWords.class).auxiliaries()).containsEntry("were", "VBD");
        String misspelt = json.replace("\"participleAfter\"", "\"participleAftr\"");
        assertThatThrownBy(() -> StrictJson.read(misspelt, FineTagWords.class)).hasMessageContaining("participleAf");
    }

    @Test
    void anIrregularVerbLineWithoutItsThreeFormsFails() throws IOException {
        String json = resource("/org/annalist/text/fine-tags.json").replace("\"take took taken\"", "\"take took\"");
        FineTagWords words = StrictJson.read(json, FineTagWords.class);
        assertThatThrownBy(() -> new FineTags(words)).hasMessageContaining("take took");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = FineTagsTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
