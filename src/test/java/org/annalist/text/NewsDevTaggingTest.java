package org.annalist.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.postag.POSTagFormat;
import org.annalist.corpus.Article;
import org.annalist.corpus.CorpusReader;
import org.annalist.task.Progress;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The cheaper beam search against OpenNLP's own on real news: every sentence of news-dev libya and egypt whole,
 * and windows of five words every third word; not one tag may differ.
 */
@Tag("evaluation")
class NewsDevTaggingTest {

    private static final Path NEWS_DEV = Path.of(System.getProperty("annalist.shared", "../shared"), "data", "news-dev");

    @Test
    void givesOpenNlpsTagsOnEverySentenceOfNewsDev() {
        assumeTrue(Files.isDirectory(NEWS_DEV), "no news-dev at " + NEWS_DEV);
        List<Path> inputs = List.of(NEWS_DEV.resolve("libya/articles.jsonl"), NEWS_DEV.resolve("egypt/articles.jsonl"));
        BeamTagger tagger = new BeamTagger(PosTagger.model(), POSTagFormat.PENN);
        long inputsTagged = 0;
        long differences = 0;
        for (Article a : new CorpusReader().read(inputs, Progress.NONE).articles()) {
            String text = a.text();
            for (Span s : SentenceSplitter.standard().split(text)) {
                String[] words = new Tokenizer().tokenize(text, s.start(), s.end()).stream()
                        .map(Token::text).toArray(String[]::new);
                for (int i = -3; i + 5 <= words.length; i += 3) {
                    String[] in = i < 0 ? words : Arrays.copyOfRange(words, i, i + 5);
                    inputsTagged++;
                    if (!Arrays.equals(tagger.tagFast(in), tagger.tagByOpenNlp(in))) {
                        differences++;
                    }
                }
            }
        }
        System.out.println("news-dev tagging: " + differences + " differences in " + inputsTagged + " sentences and windows");
        assertThat(inputsTagged).isGreaterThan(100_000);
        assertThat(differences).isZero();
        assertThat(BeamTagger.partsDiffered()).as("a distribution from per-word parts differed from OpenNLP's").isFalse();
    }
}
