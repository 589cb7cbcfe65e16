package org.annalist.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.annalist.corpus.Article;
import org.annalist.corpus.Corpus;
import org.annalist.task.CancelledException;
import org.annalist.task.Progress;

/**
 * The reading phase of a load: workers analyse each article as the read assembles it, while later
 * files are still read, and may hand out interim analyses of the articles read so far. What it gives,
 * by article id, is reused for every article the finished corpus holds unchanged.
 */
final class EarlyAnalysis {

    private final AnalysisSession session;
    private final StreamingRead read;
    private final Progress progress;
    private final InterimPace pace;
    private final Consumer<Analysis> sink;
    private final int interimFrom;
    private final Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
    private final AtomicLong done = new AtomicLong();
    private final List<CompletableFuture<Void>> others = new ArrayList<>(); // touched by the first worker only

    /** Below this many articles extra workers cost more than they save. */
    private static final int PARALLEL_FROM = 4;

    EarlyAnalysis(AnalysisSession session, StreamingRead read, Progress progress, InterimPace pace,
                  Consumer<Analysis> sink, int interimFrom) {
        this.session = session;
        this.read = read;
        this.progress = progress;
        this.pace = pace;
        this.sink = sink;
        this.interimFrom = interimFrom;
    }

    /**
     * Analyses articles until the read is over: on this
     * thread, and one more per further core once {@link #PARALLEL_FROM} articles are known to come
     * (a few articles are analysed on this thread alone, as {@link AnalysisSession} does). Not on the
     * common pool: the read assembles the articles of a JSON-lines file there, and workers waiting
     * for articles must not hold it.
     */
    Map<String, Outcome> run() {
        try {
            work(true);
        } finally {
            for (CompletableFuture<Void> f : others) {
                try {
                    f.join(); // they stop once the read is over, or at a cancel
                } catch (CompletionException e) {
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    throw e;
                }
            }
        }
        return outcomes;
    }

    private void startOthers() {
        for (int w = 1; w < Runtime.getRuntime().availableProcessors(); w++) {
            String name = "annalist-analyse-" + w;
            others.add(CompletableFuture.runAsync(() -> work(false), task -> {
                Thread t = new Thread(task, name);
                t.setDaemon(true);
                t.start();
            }));
        }
    }

    private void work(boolean first) {
        // Once the read is over, what is still queued is left to the analysis of the finished corpus:
        // the corpus-wide steps at the end of the read change some articles (an outlet's repeated
        // lines), and a copy analysed here would then be analysed again.
        while (!read.over()) {
            if (first && others.isEmpty() && read.expected() >= PARALLEL_FROM) {
                startOthers();
            }
            progress.checkCancelled();
            Article a;
            try {
                a = read.next();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancelledException();
            }
            if (a == null) {
                continue; // nothing read yet: wait for the next, or for the end of the read
            }
            outcomes.put(a.id(), session.annotateOne(a));
            long n = done.incrementAndGet();
            long total = Math.max(n, read.expected());
            progress.report(n, total, "Analysing " + n + " of " + total + " articles");
            if (pace != null && sink != null && total >= interimFrom && n < total) {
                pace.offer(n, total, this::giveInterim);
            }
        }
    }

    /** Every article read so far, in input order, with the events of those analysed. */
    private void giveInterim() {
        List<Article> sofar = new ArrayList<>(read.assembledSoFar());
        sofar.sort(Comparator.comparing((Article a) -> a.path().toString()).thenComparing(EarlyAnalysis::idOrder));
        List<Analyzer.AnnotatedArticle> annotated = new ArrayList<>(sofar.size());
        for (Article a : sofar) {
            Outcome o = outcomes.get(a.id());
            annotated.add(o != null ? o.annotated() : AnalysisSession.unanalysed(a));
        }
        sink.accept(session.analyzer().assemble(new Corpus(sofar, List.of(), List.of()), annotated));
    }

    /** "NAME#2" before "NAME#10": the number of an article within its file, as the file holds them. */
    private static String idOrder(Article a) {
        String id = a.id();
        int hash = id.lastIndexOf('#');
        if (hash < 0) {
            return id;
        }
        String n = id.substring(hash + 1);
        return id.substring(0, hash) + "#" + "0".repeat(Math.max(0, 10 - n.length())) + n;
    }
}
