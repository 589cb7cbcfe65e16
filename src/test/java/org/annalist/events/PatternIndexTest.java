package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.annalist.text.SentenceSplitter;
import org.annalist.text.Span;
import org.annalist.text.StrictJson;
import org.annalist.text.Token;
import org.annalist.text.Tokenizer;
import org.junit.jupiter.api.Test;

/** The word index of the CAMEO patterns changes how many patterns are tried, never the code found. */
class PatternIndexTest {

    private static final CameoDictionary CAMEO = CameoDictionary.standard();

    @Test
    void theIndexedLookupCodesEveryVerbOfTheSamplesAsTryingEveryPatternDoes() throws IOException {
        List<String> sentences = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(f);
                for (Span s : SentenceSplitter.standard().split(text)) {
                    sentences.add(text.substring(s.start(), s.end()));
                }
            }
        }
        assertThat(compareEveryVerb(sentences)).isPositive();
    }

    @Test
    void theIndexedLookupCodesSentencesSpellingThePatternsAsTryingEveryPatternDoes() {
        // sentences made of the dictionary's own patterns, so that thousands of patterns match somewhere
        CameoDictionary.VerbFile file = StrictJson.resource(CameoDictionary.class, "cameo/verbs.json", CameoDictionary.VerbFile.class);
        List<String> sentences = new ArrayList<>();
        int k = 0;
        for (CameoDictionary.Block b : file.blocks()) {
            for (CameoDictionary.Rule r : b.patterns()) {
                CameoDictionary.Verb v = b.verbs().get(k++ % b.verbs().size());
                String form = v.forms().get(k % v.forms().size());
                sentences.add("Officials " + words(r.before(), file.synsets(), k) + " " + form + " "
                        + words(r.after(), file.synsets(), k) + (k % 3 == 0 ? " and then the army sanctions " + form + " on Monday." : "."));
            }
        }
        assertThat(sentences).hasSizeGreaterThan(4000);
        assertThat(compareEveryVerb(sentences)).isGreaterThan(3000);
    }

    /** Compares both lookups at every verb of every sentence, in the whole sentence and in a narrow clause; returns how many matched a pattern. */
    private static int compareEveryVerb(List<String> sentences) {
        int confirmed = 0;
        for (String s : sentences) {
            List<Token> tokens = new Tokenizer().tokenize(s, 0, s.length());
            for (int i = 0; i < tokens.size(); i++) {
                if (!CAMEO.isVerbForm(tokens.get(i).lower())) {
                    continue;
                }
                for (int[] clause : new int[][] {{0, tokens.size()}, {Math.max(0, i - 3), Math.min(tokens.size(), i + 4)}}) {
                    CameoDictionary.Match indexed = CAMEO.code(tokens, i, clause[0], clause[1]);
                    assertThat(indexed).as(s + " @" + i).isEqualTo(CAMEO.codeTryingEveryPattern(tokens, i, clause[0], clause[1]));
                    if (indexed != null && indexed.words() > 0) {
                        confirmed++;
                    }
                }
            }
        }
        return confirmed;
    }

    /** A pattern side as text: a synonym set by one of its phrases, a plural now and then. */
    private static String words(List<String> side, Map<String, List<String>> synsets, int k) {
        List<String> out = new ArrayList<>();
        for (String e : side) {
            String w = e.startsWith("&") ? synsets.getOrDefault(e.substring(1), List.of("nothing")).get(k % Math.max(1, synsets.getOrDefault(e.substring(1), List.of("x")).size())) : e;
            out.add(k % 4 == 0 && !w.contains(" ") ? w + "s" : w);
        }
        return String.join(" the ", out);
    }
}
