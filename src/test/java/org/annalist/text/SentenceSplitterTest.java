package org.annalist.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        return SentenceSplitter.standard().split(text).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void abbreviationsAndInitialismsDoNotEndSentences() {
        String text = "Mr. Kerry met U.N. envoy Staffan de Mistura on Sept. 12 in Geneva. The U.S. side said talks went well.";
        assertThat(sentences(text)).containsExactly(
                "Mr. Kerry met U.N. envoy Staffan de Mistura on Sept. 12 in Geneva.",
                "The U.S. side said talks went well.");
    }

    @Test
    void anInitialismEndsASentenceBeforeATypicalOpener() {
        assertThat(sentences("Russia blamed the U.S. The talks collapsed.")).containsExactly("Russia blamed the U.S.", "The talks collapsed.");
    }

    @Test
    void quotesAndLineBreaksCloseSentences() {
        String text = "\"It is shameful.\" Ayrault said so.\nLatest news";
        assertThat(sentences(text)).containsExactly("\"It is shameful.\"", "Ayrault said so.", "Latest news");
    }

    @Test
    void tokensKeepInitialismsHyphensAndSplitPossessives() {
        List<Token> tokens = new Tokenizer().tokenize("France's U.S.-backed al-Assad, Kremlin");
        assertThat(tokens).extracting(Token::text).containsExactly("France", "'s", "U.S.-backed", "al-Assad", ",", "Kremlin");
    }
}
