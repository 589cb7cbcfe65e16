package org.annalist.analysis;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
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

    private final Analyzer analyzer;
    private final CorpusReader reader;

    public AnalysisSession(Analyzer analyzer) {
        this(analyzer, new CorpusReader());
    }

    public AnalysisSession(Analyzer analyzer, CorpusReader reader) {
        this.analyzer = analyzer;
        this.reader = reader;
    }

    public Analyzer analyzer() {
        return analyzer;
    }

    /** Reads {@code inputs} (files and folders) and analyses what was read. */
    public Analysis open(List<Path> inputs, Progress progress) {
        Corpus corpus = reader.read(inputs, progress);
        progress.checkCancelled();
        return analyse(corpus, progress);
    }

    /** Analyses every article of {@code corpus}. */
    public Analysis analyse(Corpus corpus, Progress progress) {
        List<Article> articles = corpus.articles();
        Outcome[] done = annotateAll(articles, progress);
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
        Outcome[] fresh = annotateAll(again, progress);
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

    /** One article's analysis, or why it failed (then it has no annotations and no events). */
    private record Outcome(Analyzer.AnnotatedArticle annotated, String failure) {
    }

    private Outcome[] annotateAll(List<Article> articles, Progress progress) {
        int total = articles.size();
        AtomicLong done = new AtomicLong();
        Outcome[] results = new Outcome[total];
        IntStream indices = IntStream.range(0, total);
        (total >= PARALLEL_FROM ? indices.parallel() : indices).forEach(i -> {
            progress.checkCancelled();
            results[i] = annotateOne(articles.get(i));
            long n = done.incrementAndGet();
            progress.report(n, total, "Analysing " + n + " of " + total + " articles");
        });
        return results;
    }

    private Outcome annotateOne(Article article) {
        try {
            return new Outcome(analyzer.annotate(article), null);
        } catch (CancelledException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // one odd article must not cost the analyst the other thousand
            String m = e.getMessage();
            String reason = e.getClass().getSimpleName()
                    + (m == null || m.isBlank() ? "" : ": " + m.lines().findFirst().orElse(""));
            return new Outcome(new Analyzer.AnnotatedArticle(article,
                    new ArticleAnnotations(article.id(), List.of(), List.of()), List.of()), reason);
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
