package org.annalist.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Remembered tags are the tags the model gives: the cache changes the cost, never the answer. */
class PosTaggerTest {

    @Test
    void tagsFromTheCacheAreThoseOfTheModelOnEveryWindowOfTheSamples() throws IOException {
        PosTagger tagger = PosTagger.standard();
        List<List<Token>> windows = windows();
        assertThat(windows).hasSizeGreaterThan(1000);
        for (int round = 0; round < 2; round++) { // the second round is answered from the cache
            for (List<Token> w : windows) {
                String[] words = w.stream().map(Token::text).toArray(String[]::new);
                assertThat(tagger.tags(w)).as(String.join(" ", words)).containsExactly(tagger.fromModel(words));
            }
        }
        assertThat(tagger.cacheStatistics()).doesNotStartWith("0 of");
    }

    @Test
    void aCallerChangingItsTagsDoesNotChangeWhatTheCacheGivesNext() {
        List<Token> words = new Tokenizer().tokenize("Russia vetoed the draft resolution");
        String[] first = PosTagger.standard().tags(words);
        String expected = first[1];
        first[1] = "XX";
        assertThat(PosTagger.standard().tags(words)[1]).isEqualTo(expected).isNotEqualTo("XX");
    }

    /** Windows of five tokens (the extractor's usual size) and whole short sentences over the samples. */
    private static List<List<Token>> windows() throws IOException {
        List<List<Token>> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(f);
                for (Span s : SentenceSplitter.standard().split(text)) {
                    List<Token> tokens = new Tokenizer().tokenize(text, s.start(), s.end());
                    for (int i = 0; i + 5 <= tokens.size(); i += 3) {
                        out.add(tokens.subList(i, i + 5));
                    }
                    if (tokens.size() <= 20) {
                        out.add(tokens);
                    }
                }
            }
        }
        return out;
    }
}
