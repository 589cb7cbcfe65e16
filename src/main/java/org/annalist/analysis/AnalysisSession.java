package org.annalist.analysis;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.annalist.corpus.Article;
import org.annalist.corpus.Corpus;
import org.annalist.corpus.CorpusReader;
import org.annalist.corpus.LoadProblem;
import org.annalist.corpus.PublicationDate;
import org.annalist.task.CancelledException;
import org.annalist.task.Progress;

/**
 * The one way articles are read and analysed, for the window, the command line and projects:
 * articles are analysed in parallel with progress "N of M articles"; an article whose analysis
 * fails is listed as a problem with the reason while the rest goes on; and a corrected
 * publication date re-analyses only the articles it changes, then merges again.
 */
public final class AnalysisSession {

    /** Below this many articles a parallel run costs more than it saves. */
    private static final int PARALLEL_FROM = 4;

    /** The first interim analysis comes after this long: a corpus analysed sooner gets none. */
    private static final Duration FIRST_INTERIM = Duration.ofMillis(700);
    /** A smaller corpus gets no interim analyses: it is analysed in moments anyway. */
    private static final int INTERIM_FROM = 100;

    private final Analyzer analyzer;
    private final StreamingRead.Reading reader;
    private final long firstInterimNanos;
    private final int interimFrom;

    public AnalysisSession(Analyzer analyzer) {
        this(analyzer, new CorpusReader());
    }

    public AnalysisSession(Analyzer analyzer, CorpusReader reader) {
        this(analyzer, reader::read, FIRST_INTERIM, INTERIM_FROM);
    }

    /** A session that reads with {@code reader} (tests: a read that pauses between files). */
    AnalysisSession(Analyzer analyzer, StreamingRead.Reading reader) {
        this(analyzer, reader, FIRST_INTERIM, INTERIM_FROM);
    }

    private AnalysisSession(Analyzer analyzer, StreamingRead.Reading reader, Duration firstInterim, int interimFrom) {
        this.analyzer = analyzer;
        this.reader = reader;
        this.firstInterimNanos = firstInterim.toNanos();
        this.interimFrom = interimFrom;
    }

    /** This session with the first interim analysis after {@code delay}, for corpora of {@code fromArticles} or more (tests). */
    public AnalysisSession withInterims(Duration delay, int fromArticles) {
        return new AnalysisSession(analyzer, reader, delay, fromArticles);
    }

    public Analyzer analyzer() {
        return analyzer;
    }

    /**
     * Starts reading {@code inputs} now, in the background, for the first {@link #open} of the very
     * same inputs: the app calls it at start-up so the files are read while the window is built.
     */
    public static void readAhead(List<Path> inputs) {
        ReadAhead.start(inputs);
    }

    /** Reads {@code inputs} (files and folders) and analyses what was read. */
    public Analysis open(List<Path> inputs, Progress progress) {
        return open(inputs, progress, null);
    }

    /**
     * Reads and analyses {@code inputs}, handing {@code interim} a few analyses of the articles
     * analysed so far while the rest is read and analysed (see {@link #analyse(Corpus, Progress, Consumer)}).
     */
    public Analysis open(List<Path> inputs, Progress progress, Consumer<Analysis> interim) {
        return read(inputs, progress, interim).analysis();
    }

    /** What {@link #read} gives: the corpus read (its problems for the caller to report) and its analysis. */
    public record Opened(Corpus corpus, Analysis analysis) {
    }

    /**
     * Reads {@code inputs} and analyses each article as soon as it is read, while later files are
     * still read; the articles that the corpus-wide steps of the read changed afterwards (an
     * outlet's repeated lines, day/month order) are analysed again, so the result is the same as
     * reading first and analysing after. Progress reads "Analysing N of M articles", M growing as
     * files are parsed; {@code interim} (when not null) may receive analyses before the last file
     * is read, of the articles read so far.
     */
    public Opened read(List<Path> inputs, Progress progress, Consumer<Analysis> interim) {
        StreamingRead read = ReadAhead.take(inputs).orElseGet(() -> StreamingRead.start(inputs, reader));
        progress.report(0, inputs.size(), "Reading " + inputs.size() + " input(s)");
        InterimPace pace = interim == null ? null : new InterimPace(firstInterimNanos);
        try {
            Map<String, Outcome> early = new EarlyAnalysis(this, read, progress, pace, interim, interimFrom).run();
            Corpus corpus = read.corpus(progress);
            return new Opened(corpus, analyse(corpus, progress, interim, pace, early));
        } catch (CancelledException e) {
            read.cancel();
            throw e;
        }
    }

    /** Analyses every article of {@code corpus}. */
    public Analysis analyse(Corpus corpus, Progress progress) {
        return analyse(corpus, progress, null);
    }

    /**
     * Analyses every article of {@code corpus}; while that runs, {@code interim} (when not null, and
     * the corpus has 100 articles or more) receives now and then an analysis of every article with the events of those analysed so far,
     * so a window can draw them before the whole corpus is done. The returned analysis does not
     * depend on the interim ones: it is the same with or without them.
     */
    public Analysis analyse(Corpus corpus, Progress progress, Consumer<Analysis> interim) {
        return analyse(corpus, progress, interim, interim == null ? null : new InterimPace(firstInterimNanos), Map.of());
    }

    /** As above, reusing {@code early} outcomes (by article id) whose article is unchanged in {@code corpus}. */
    private Analysis analyse(Corpus corpus, Progress progress, Consumer<Analysis> interim, InterimPace pace,
                             Map<String, Outcome> early) {
        List<Article> articles = corpus.articles();
        Outcome[] done = new Outcome[articles.size()];
        Outcome[] before = new Outcome[articles.size()];
        for (int i = 0; i < done.length; i++) {
            Outcome o = early.get(articles.get(i).id());
            // the corpus-wide steps may have changed the article since it was analysed: then again
            boolean same = o != null && o.annotated().article().equals(articles.get(i));
            done[i] = same ? o : null;
            before[i] = same || o == null || o.failure() != null ? null : o;
        }
        annotateAll(articles, done, before, progress,
                interim == null || articles.size() < interimFrom ? null : new Interim(corpus, articles.size(), interim, pace));
        List<LoadProblem> problems = new ArrayList<>(corpus.problems());
        collectFailures(done, problems);
        progress.report(articles.size(), articles.size(), "Merging the events of " + articles.size() + " articles");
        return analyzer.assemble(new Corpus(articles, problems, corpus.skipped(), corpus.notes()), annotated(done));
    }

    /**
     * {@code base} with some articles' publication dates set by the analyst: those articles are
     * analysed again (their relative dates follow), every other article keeps its annotations, and
     * the events are merged again. Articles not in {@code base} are ignored.
     */
    public Analysis redate(Analysis base, Map<String, LocalDate> dates, Progress progress) {
        List<Article> articles = new ArrayList<>(base.articles());
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            LocalDate d = dates.get(a.id());
            if (d != null && (!d.equals(a.published().date()) || !a.published().isKnown())) {
                articles.set(i, a.withPublished(PublicationDate.setByUser(d)));
                changed.add(i);
            }
        }
        if (changed.isEmpty()) {
            return base;
        }
        List<Article> again = changed.stream().map(articles::get).toList();
        Outcome[] fresh = new Outcome[again.size()];
        annotateAll(again, fresh, new Outcome[again.size()], progress, null);
        Analyzer.AnnotatedArticle[] all = new Analyzer.AnnotatedArticle[articles.size()];
        for (int i = 0, k = 0; i < articles.size(); i++) {
            if (k < changed.size() && changed.get(k) == i) {
                all[i] = fresh[k++].annotated();
            } else {
                Article a = articles.get(i);
                ArticleAnnotations kept = base.annotationsOf(a.id());
                all[i] = new Analyzer.AnnotatedArticle(a, kept, kept.events());
            }
        }
        List<LoadProblem> problems = new ArrayList<>(base.problems());
        again.forEach(a -> problems.removeIf(p -> p.reason().startsWith(failurePrefix(a))));
        collectFailures(fresh, problems);
        return analyzer.assemble(new Corpus(articles, problems, base.skipped(), base.notes()), List.of(all));
    }

    /**
     * Analyses the articles whose slot in {@code results} is still empty, in parallel, from their
     * {@code before} outcome (an earlier copy's) where there is one.
     */
    private void annotateAll(List<Article> articles, Outcome[] results, Outcome[] before, Progress progress,
                             Interim interim) {
        int total = articles.size();
        AtomicLong done = new AtomicLong(java.util.Arrays.stream(results).filter(java.util.Objects::nonNull).count());
        // Each worker takes the next article when it is free: a parallel stream over the indices
        // would cut them into a few fixed chunks (four on two cores), and the last chunk of long
        // articles would then run on one core while the other idles.
        AtomicInteger next = new AtomicInteger();
        int workers = total - done.get() >= PARALLEL_FROM ? ForkJoinPool.getCommonPoolParallelism() + 1 : 1;
        IntStream.range(0, workers).parallel().forEach(w -> {
            for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                if (results[i] != null) {
                    continue; // analysed while it was read
                }
                progress.checkCancelled();
                results[i] = annotateOne(articles.get(i), before[i]);
                long n = done.incrementAndGet();
                progress.report(n, total, "Analysing " + n + " of " + total + " articles");
                if (interim != null && n < total) {
                    interim.offer(results, n);
                }
            }
        });
    }

    /** An analysis of every article of {@code corpus}, with the events of those done so far. */
    private final class Interim {
        private final Corpus corpus;
        private final int total;
        private final Consumer<Analysis> sink;
        private final InterimPace pace;

        Interim(Corpus corpus, int total, Consumer<Analysis> sink, InterimPace pace) {
            this.corpus = corpus;
            this.total = total;
            this.sink = sink;
            this.pace = pace;
        }

        void offer(Outcome[] results, long done) {
            pace.offer(done, total, () -> {
                List<Analyzer.AnnotatedArticle> sofar = new ArrayList<>(total);
                List<Article> articles = corpus.articles();
                for (int i = 0; i < total; i++) {
                    Outcome o = results[i]; // records have final fields: a non-null one is complete
                    sofar.add(o != null ? o.annotated() : unanalysed(articles.get(i)));
                }
                sink.accept(analyzer.assemble(corpus, sofar));
            });
        }
    }

    static Analyzer.AnnotatedArticle unanalysed(Article a) {
        return new Analyzer.AnnotatedArticle(a, new ArticleAnnotations(a.id(), List.of(), List.of()), List.of());
    }

    Outcome annotateOne(Article article) {
        return annotateOne(article, null);
    }

    private Outcome annotateOne(Article article, Outcome before) {
        try {
            return new Outcome(before == null ? analyzer.annotate(article)
                    : analyzer.annotateAgain(article, before.annotated()), null);
        } catch (CancelledException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // one odd article must not cost the analyst the other thousand
            String m = e.getMessage();
            String reason = e.getClass().getSimpleName()
                    + (m == null || m.isBlank() ? "" : ": " + m.lines().findFirst().orElse(""));
            return new Outcome(unanalysed(article), reason);
        }
    }

    private static List<Analyzer.AnnotatedArticle> annotated(Outcome[] outcomes) {
        return java.util.Arrays.stream(outcomes).map(Outcome::annotated).toList();
    }

    private static void collectFailures(Outcome[] outcomes, List<LoadProblem> problems) {
        for (Outcome o : outcomes) {
            if (o.failure() != null) {
                Article a = o.annotated().article();
                problems.add(new LoadProblem(a.path(), failurePrefix(a) + o.failure()
                        + "; the article is listed without events"));
            }
        }
    }

    private static String failurePrefix(Article a) {
        return "article " + a.id() + " could not be analysed: ";
    }
}
