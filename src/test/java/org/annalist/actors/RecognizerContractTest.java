package org.annalist.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What every caller relies on: ordered, non-overlapping mentions whose text is the covered substring. */
class RecognizerContractTest {

    private final ActorRecognizer recognizer = CatalogActorRecognizer.standard();

    private static List<String> samples() throws IOException {
        try (var files = Files.list(Path.of("samples"))) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().map(p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
    }

    @Test
    void mentionsAreOrderedDisjointAndQuoteTheText() throws IOException {
        for (String text : samples()) {
            List<ActorMention> mentions = recognizer.find(text, LocalDate.of(2016, 10, 5));
            assertThat(mentions).isNotEmpty();
            for (int i = 0; i < mentions.size(); i++) {
                ActorMention m = mentions.get(i);
                assertThat(m.text()).isEqualTo(m.span().of(text));
                if (i > 0) {
                    assertThat(mentions.get(i - 1).span().end()).isLessThanOrEqualTo(m.span().start());
                }
            }
        }
    }

    @Test
    void emptyAndOddInputGiveNoMentions() {
        assertThat(recognizer.find("", null)).isEmpty();
        assertThat(recognizer.find(null, null)).isEmpty();
        assertThat(recognizer.find("\u0000\uFFFF ' - . $ ''", null)).isEmpty();
    }

    @Test
    void parallelCallsGiveTheSameAnswers() throws IOException {
        List<String> texts = samples();
        List<List<ActorMention>> serial = texts.stream().map(t -> recognizer.find(t, LocalDate.of(2018, 2, 9))).toList();
        IntStream.range(0, 40).parallel().forEach(i -> {
            int k = i % texts.size();
            assertThat(recognizer.find(texts.get(k), LocalDate.of(2018, 2, 9))).isEqualTo(serial.get(k));
        });
    }
}
