package org.annalist.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import opennlp.tools.postag.POSTagFormat;
import org.junit.jupiter.api.Test;

/** The cheaper beam search gives OpenNLP's own tags, word for word: it changes the cost, never the answer. */
class BeamTaggerTest {

    private final BeamTagger tagger = new BeamTagger(PosTagger.model(), POSTagFormat.PENN);

    @Test
    void givesOpenNlpsTagsOnEverySentenceAndWindowOfTheSamples() throws IOException {
        List<String[]> inputs = sentencesAndWindows(Path.of("samples"));
        assertThat(inputs).hasSizeGreaterThan(1000);
        int differences = 0;
        for (String[] words : inputs) {
            if (!Arrays.equals(tagger.tagFast(words), tagger.tagByOpenNlp(words))) {
                differences++;
            }
        }
        assertThat(differences).isZero();
        assertThat(BeamTagger.partsDiffered()).as("a distribution from per-word parts differed from OpenNLP's").isFalse();
    }

    @Test
    void givesOpenNlpsTagsOnOddInput() {
        for (String text : List.of("", ".", "Ã©tÃ© Ã", "1,000 12:30 3.5 % ?!", "UN-backed U.S.-led al-Qaeda's 'quote' \"x\"",
                "Üniversite İstanbul ΑΘΗΝΑ İi", "a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a")) {
            String[] words = text.isEmpty() ? new String[0] : text.split(" ");
            assertThat(tagger.tagFast(words)).as(text).containsExactly(tagger.tagByOpenNlp(words));
            assertThat(tagger.tagByContexts(words)).as(text).containsExactly(tagger.tagByOpenNlp(words));
        }
        assertThat(BeamTagger.partsDiffered()).isFalse();
    }

    @Test
    void theCutOffIsTheValueASortWouldPutAtThatRank() {
        Random random = new Random(12);
        for (int round = 0; round < 2000; round++) {
            double[] values = new double[1 + random.nextInt(40)];
            for (int i = 0; i < values.length; i++) {
                values[i] = random.nextInt(4) == 0 ? 0.25 : random.nextDouble(); // repeats, as ties in scores
            }
            int k = 1 + random.nextInt(values.length);
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            assertThat(BeamTagger.largest(values, k)).isEqualTo(sorted[values.length - k]);
        }
    }

    /** Every sentence whole, and windows of five words (the extractor's usual size) every third word. */
    static List<String[]> sentencesAndWindows(Path folder) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(f);
                for (Span s : SentenceSplitter.standard().split(text)) {
                    String[] words = new Tokenizer().tokenize(text, s.start(), s.end()).stream()
                            .map(Token::text).toArray(String[]::new);
                    out.add(words);
                    for (int i = 0; i + 5 <= words.length; i += 3) {
                        out.add(Arrays.copyOfRange(words, i, i + 5));
                    }
                }
            }
        }
        return out;
    }
}
