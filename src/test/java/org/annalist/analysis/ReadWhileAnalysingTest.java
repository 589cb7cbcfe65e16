package org.annalist.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.annalist.corpus.Article;
import org.annalist.corpus.Corpus;
import org.annalist.corpus.CorpusReader;
import org.annalist.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A load analyses the articles already read while later files are still being read. */
class ReadWhileAnalysingTest {

    @TempDir
    Path dir;

    private Path folder(String name, int files) throws IOException {
        Path f = Files.createDirectories(dir.resolve(name));
        for (int i = 0; i < files; i++) {
            Files.writeString(f.resolve("story" + i + ".txt"), "Egypt hosted talks with Israel on Gaza on Monday, story " + i + ".");
        }
        return f;
    }

    /** Reads the first input, then waits (at most 20 s) for {@code go} before reading the second. */
    private static StreamingRead.Reading pausingAfterFirst(CountDownLatch go, AtomicBoolean waitedInVain) {
        CorpusReader real = new CorpusReader();
        return (inputs, progress, listener) -> {
            Corpus first = real.read(inputs.subList(0, 1), progress, listener);
            try {
                waitedInVain.set(!go.await(20, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Corpus second = real.read(inputs.subList(1, 2), progress, listener);
            List<Article> all = new ArrayList<>(first.articles());
            all.addAll(second.articles());
            return new Corpus(all, List.of(), List.of());
        };
    }

    @Test
    void theFirstEventsAreShownBeforeTheLastFileIsRead() throws IOException {
        Path early = folder("early", 30);
        Path late = folder("late", 20);
        CountDownLatch shown = new CountDownLatch(1);
        AtomicBoolean waitedInVain = new AtomicBoolean();
        List<Analysis> interims = Collections.synchronizedList(new ArrayList<>());
        AnalysisSession session = new AnalysisSession(Analyzer.standard(), pausingAfterFirst(shown, waitedInVain))
                .withInterims(Duration.ZERO, 1);

        Analysis done = session.open(List.of(early, late), Progress.NONE, a -> {
            interims.add(a);
            shown.countDown();
        });

        assertThat(waitedInVain).isFalse(); // an interim analysis came while the second folder was unread
        Analysis first = interims.get(0);
        assertThat(first.articles()).isNotEmpty().allSatisfy(a -> assertThat(a.path()).startsWith(early));
        assertThat(first.events()).isNotEmpty();
        assertThat(done.articles()).hasSize(50);
    }

    @Test
    void progressCountsTheArticlesAnalysedOfThoseKnownSoFar() throws IOException {
        Path a = folder("a", 12);
        List<String> messages = Collections.synchronizedList(new ArrayList<>());
        Progress seen = new Progress() {
            @Override
            public void report(long done, long total, String message) {
                assertThat(done).isLessThanOrEqualTo(total);
                messages.add(message);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        new AnalysisSession(Analyzer.standard()).open(List.of(a), seen);
        assertThat(messages).contains("Analysing 12 of 12 articles", "Merging the events of 12 articles");
        assertThat(messages).filteredOn(m -> m.startsWith("Analysing ")).allMatch(m -> m.matches("Analysing \\d+ of \\d+ articles"));
    }

    @Test
    void readingWhileAnalysingGivesTheSameAnalysisAsReadingFirst() {
        List<Path> samples = List.of(Path.of("samples"));
        Analysis whole = Analyzer.standard().analyze(new CorpusReader().read(samples, Progress.NONE), Progress.NONE);
        Analysis streamed = new AnalysisSession(Analyzer.standard()).open(samples, Progress.NONE);
        assertThat(streamed.articles()).isEqualTo(whole.articles());
        assertThat(streamed.events()).isNotEmpty().isEqualTo(whole.events());
        assertThat(streamed.actors()).isEqualTo(whole.actors());
        assertThat(streamed.problems()).isEqualTo(whole.problems());
    }

    @Test
    void anArticleChangedOnlyInItsBoilerplateKeepsItsNamesAndDatesAndLosesTheEventsInIt() {
        Analyzer analyzer = Analyzer.standard();
        String text = "Egypt hosted talks with Israel on Gaza on Monday.\nRussia accused Turkey of war crimes on Tuesday.";
        Article plain = new Article("x", Path.of("x.txt"), "", null, null,
                new org.annalist.corpus.PublicationDate(java.time.LocalDate.of(2011, 3, 1),
                        org.annalist.corpus.DateSource.METADATA, "test"), text, List.of());
        int cut = text.indexOf('\n');
        Article furnished = new Article("x", plain.path(), "", null, null, plain.published(), text,
                List.of(new org.annalist.corpus.ExcludedRange(new org.annalist.text.Span(cut + 1, text.length()), "test")));
        Analyzer.AnnotatedArticle before = analyzer.annotate(plain);
        Analyzer.AnnotatedArticle again = analyzer.annotateAgain(furnished, before);
        assertThat(again).isEqualTo(analyzer.annotate(furnished));
        assertThat(again.annotations().mentions()).isEqualTo(before.annotations().mentions());
    }

    @Test
    void articlesStillQueuedWhenTheReadEndsAreLeftToTheFinishedCorpus() throws Exception {
        // the read hands out copies that its corpus-wide steps then change (here: a line marked as furniture)
        String text = "Egypt hosted talks with Israel on Gaza on Monday.\nFollow us on Twitter.";
        List<Article> handedOut = new ArrayList<>();
        List<Article> finished = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Article a = new Article("a" + i, Path.of("a" + i + ".txt"), "", null, null,
                    new org.annalist.corpus.PublicationDate(java.time.LocalDate.of(2011, 3, 1),
                            org.annalist.corpus.DateSource.METADATA, "test"), text, List.of());
            handedOut.add(a);
            finished.add(new Article(a.id(), a.path(), "", null, null, a.published(), text,
                    List.of(new org.annalist.corpus.ExcludedRange(
                            new org.annalist.text.Span(text.indexOf('\n') + 1, text.length()), "test"))));
        }
        StreamingRead read = StreamingRead.start(List.of(dir), (inputs, progress, listener) -> {
            listener.expecting(handedOut.size());
            handedOut.forEach(listener::assembled);
            return new Corpus(finished, List.of(), List.of());
        });
        read.future().get(20, TimeUnit.SECONDS);
        java.util.concurrent.atomic.AtomicInteger annotated = new java.util.concurrent.atomic.AtomicInteger();
        org.annalist.actors.ActorCatalog catalog = org.annalist.actors.ActorCatalog.standard();
        org.annalist.actors.ActorRecognizer names = org.annalist.actors.CatalogActorRecognizer.standard();
        Analyzer counting = new Analyzer(catalog, org.annalist.time.TimeTagger.standard(), (t, d) -> {
            annotated.incrementAndGet();
            return names.find(t, d);
        }, new org.annalist.events.RuleEventExtractor(catalog), new org.annalist.events.SimilarityEventMerger());

        var early = new EarlyAnalysis(new AnalysisSession(counting), read, Progress.NONE, null, null, 100).run();

        // none of the stale copies is analysed: each article is analysed once, from the corpus's copy
        assertThat(early).isEmpty();
        assertThat(annotated).hasValue(0);
        assertThat(read.drained()).isFalse();
    }
}
