package org.annalist.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.annalist.actors.ActorCatalog;
import org.annalist.corpus.Article;
import org.annalist.corpus.Corpus;
import org.annalist.corpus.DateSource;
import org.annalist.corpus.PublicationDate;
import org.annalist.events.DateBasis;
import org.annalist.events.Event;
import org.annalist.events.EventDate;
import org.annalist.events.EventStatus;
import org.annalist.events.EventType;
import org.annalist.events.Passage;
import org.annalist.task.Progress;
import org.annalist.text.Span;
import org.junit.jupiter.api.Test;

/** The one analysis path: isolation per article, progress in articles, re-analysis of what a correction changes. */
class AnalysisSessionTest {

    private final AtomicInteger annotated = new AtomicInteger();

    /** One event per article, dated on the publication date; an article saying "BOOM" breaks the tagger. */
    private Analyzer analyzer() {
        return new Analyzer(ActorCatalog.standard(), (text, dct) -> {
            annotated.incrementAndGet();
            if (text.contains("BOOM")) {
                throw new IllegalStateException("tagger broke on this text");
            }
            return List.of();
        }, (text, d) -> List.of(), (article, timexes, mentions) -> List.of(new Event("p",
                article.published().isKnown() ? EventDate.day(article.published().date(), DateBasis.RELATIVE, "test") : null,
                EventType.CONSULT, 1, EventStatus.OCCURRED, List.of(), List.of(), article.text(),
                List.of(new Passage(article.id(), new Span(0, 4), article.text().substring(0, 4))), null)),
                events -> {
                    List<Event> out = new ArrayList<>();
                    for (Event e : events) {
                        out.add(new Event(e.passages().get(0).articleId() + "-e", e.date(), e.type(), e.tone(), e.status(),
                                e.source(), e.target(), e.summary(), e.passages(), null));
                    }
                    return out;
                });
    }

    private static Article article(String id, String text) {
        return new Article(id, Path.of("corpus.jsonl"), id, null, "Wire",
                new PublicationDate(LocalDate.of(2011, 3, 1), DateSource.METADATA, "test"), text, List.of());
    }

    private static Corpus corpus(int n, String... extra) {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            articles.add(article("a" + i, "Text of article " + i + "."));
        }
        for (int i = 0; i < extra.length; i++) {
            articles.add(article("x" + i, extra[i]));
        }
        return new Corpus(articles, List.of(), List.of());
    }

    @Test
    void anArticleWhoseAnalysisFailsIsAProblemWithItsReasonAndTheRestGoesOn() {
        Analysis a = new AnalysisSession(analyzer()).analyse(corpus(20, "BOOM goes this one."), Progress.NONE);
        assertThat(a.articles()).hasSize(21);
        assertThat(a.events()).hasSize(20);
        assertThat(a.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("x0").contains("could not be analysed").contains("tagger broke on this text"));
    }

    @Test
    void progressCountsArticles() {
        List<String> messages = Collections.synchronizedList(new ArrayList<>());
        new AnalysisSession(analyzer()).analyse(corpus(12), new Progress() {
            @Override
            public void report(long done, long total, String message) {
                messages.add(message);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        assertThat(messages).contains("Analysing 12 of 12 articles").anyMatch(m -> m.startsWith("Analysing 1 of 12"));
    }

    @Test
    void reDatingOneArticleAnalysesThatArticleOnlyAndMovesItsEvents() {
        AnalysisSession session = new AnalysisSession(analyzer());
        Analysis base = session.analyse(corpus(200), Progress.NONE);
        annotated.set(0);
        Analysis redated = session.redate(base, Map.of("a7", LocalDate.of(2011, 5, 9)), Progress.NONE);
        assertThat(annotated.get()).isEqualTo(1);
        assertThat(redated.event("a7-e").orElseThrow().date().start()).isEqualTo(LocalDate.of(2011, 5, 9));
        assertThat(redated.event("a8-e").orElseThrow().date().start()).isEqualTo(LocalDate.of(2011, 3, 1));
        assertThat(redated.events()).hasSize(200);
        assertThat(redated.article("a7").orElseThrow().published().source()).isEqualTo(DateSource.USER);
    }

    @Test
    void aDateThatDoesNotChangeAnythingAnalysesNothing() {
        AnalysisSession session = new AnalysisSession(analyzer());
        Analysis base = session.analyse(corpus(5), Progress.NONE);
        annotated.set(0);
        assertThat(session.redate(base, Map.of("a1", LocalDate.of(2011, 3, 1), "gone", LocalDate.of(2011, 1, 1)),
                Progress.NONE)).isSameAs(base);
        assertThat(annotated.get()).isZero();
    }

    @Test
    void whileALargeCorpusLoadsInterimAnalysesShowEveryArticleAndTheEventsAnalysedSoFar() {
        List<Analysis> interim = Collections.synchronizedList(new ArrayList<>());
        Analyzer slow = slowAnalyzer();
        Analysis whole = new AnalysisSession(slow).withInterims(java.time.Duration.ZERO, 100)
                .analyse(corpus(120), Progress.NONE, interim::add);
        assertThat(interim).isNotEmpty().allSatisfy(a -> {
            assertThat(a.articles()).hasSize(120);
            assertThat(a.events().size()).isLessThan(120);
        });
        assertThat(whole.events()).hasSize(120);
    }

    @Test
    void aSmallCorpusGetsNoInterimAnalyses() {
        List<Analysis> interim = Collections.synchronizedList(new ArrayList<>());
        new AnalysisSession(slowAnalyzer()).analyse(corpus(40), Progress.NONE, interim::add);
        assertThat(interim).isEmpty();
    }

    @Test
    void interimAnalysesLeaveTheFinalAnalysisAsItWouldBeWithoutThem() {
        Analyzer real = Analyzer.standard();
        Corpus samples = new org.annalist.corpus.CorpusReader().read(List.of(Path.of("samples")), Progress.NONE);
        List<Analysis> interim = Collections.synchronizedList(new ArrayList<>());
        Analysis without = new AnalysisSession(real).analyse(samples, Progress.NONE);
        Analysis with = new AnalysisSession(Analyzer.standard()).withInterims(java.time.Duration.ZERO, 1)
                .analyse(samples, Progress.NONE, interim::add);
        assertThat(interim).isNotEmpty();
        assertThat(with.events()).isNotEmpty().isEqualTo(without.events());
        assertThat(with.actors()).isEqualTo(without.actors());
    }

    @Test
    void aCancelAfterInterimAnalysesStopsTheLoadBeforeTheRestIsAnalysed() {
        java.util.concurrent.atomic.AtomicBoolean shown = new java.util.concurrent.atomic.AtomicBoolean();
        Progress cancelOnceShown = new Progress() {
            @Override
            public void report(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return shown.get(); // the user saw the first events and pressed Cancel
            }
        };
        Analyzer slow = slowAnalyzer();
        AnalysisSession session = new AnalysisSession(slow).withInterims(java.time.Duration.ZERO, 100);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> session.analyse(corpus(400), cancelOnceShown, a -> shown.set(true)))
                .isInstanceOf(org.annalist.task.CancelledException.class);
        assertThat(shown).isTrue();
        assertThat(annotated.get()).isLessThan(300); // each worker stops at its next article
    }

    /** The test analyzer, a little slow per article so that interim analyses fall between articles. */
    private Analyzer slowAnalyzer() {
        Analyzer fast = analyzer();
        return new Analyzer(ActorCatalog.standard(), (text, dct) -> {
            try {
                Thread.sleep(3);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of();
        }, (text, d) -> List.of(), (article, timexes, mentions) -> fast.annotate(article).events(),
                events -> events);
    }
}
