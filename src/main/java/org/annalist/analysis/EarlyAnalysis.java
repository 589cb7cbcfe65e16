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
import java.util.stream.IntStream;
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
     * Analyses articles until the read is over and every article it assembled is analysed: on this
     * thread and one more per further core. Not on the common pool: the read assembles the articles
     * of a JSON-lines file there, and workers waiting for articles must not hold it.
     */
    Map<String, Outcome> run() {
        int workers = Runtime.getRuntime().availableProcessors();
        List<CompletableFuture<Void>> others = IntStream.range(1, workers)
                .mapToObj(w -> CompletableFuture.runAsync(this::work, task -> {
                    Thread t = new Thread(task, "annalist-analyse-" + w);
                    t.setDaemon(true);
                    t.start();
                })).toList();
        try {
            work();
        } finally {
            for (CompletableFuture<Void> f : others) {
                try {
                    f.join(); // they stop once the read is drained, or at a cancel
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

    private void work() {
        while (!read.drained()) {
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
