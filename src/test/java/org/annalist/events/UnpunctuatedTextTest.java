package org.annalist.events;

import static org.annalist.events.Fixtures.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;
import org.annalist.analysis.Analyzer;
import org.annalist.text.Tokenizer;
import org.junit.jupiter.api.Test;

/** Text without sentence punctuation (issue 15 H1): once quadratic, 20,000 words took 234 s. */
class UnpunctuatedTextTest {

    private static final String WORDS = "the army attacked rebels on Monday and France said Russia met officials in Syria"
            + " while talks continued after Turkey accused the United States of bombing villages on Tuesday";

    private static String unpunctuated(int words) {
        String[] w = WORDS.split(" ");
        Random r = new Random(15);
        StringJoiner out = new StringJoiner(" ");
        for (int i = 0; i < words; i++) {
            out.add(w[r.nextInt(w.length)]);
        }
        return out.toString();
    }

    @Test
    void aLongTextWithoutFullStopsIsReadInPiecesOfBoundedLength() {
        String text = unpunctuated(40_000);
        Analyzer analyzer = Analyzer.standard();

        // A hang guard, not a benchmark: at the quadratic cost this took many minutes.
        List<Event> events = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> analyzer.annotate(article("run-on", text, "2016-10-05")).events());

        assertThat(events).hasSizeGreaterThan(100);
        Tokenizer tokenizer = new Tokenizer();
        assertThat(events).allSatisfy(e -> assertThat(tokenizer.tokenize(e.passages().get(0).text()))
                .hasSizeLessThanOrEqualTo(SentencePieces.MAX_TOKENS));
    }

    @Test
    void aRealSentenceIsNeverCut() {
        String sentence = "France and Russia met in Geneva on Monday, and the talks, which the United States joined, "
                .repeat(5) + "ended without agreement.";
        List<Event> events = Fixtures.extract(article("a", sentence, "2016-10-05"));

        assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.passages().get(0).text()).isEqualTo(sentence));
    }
}
