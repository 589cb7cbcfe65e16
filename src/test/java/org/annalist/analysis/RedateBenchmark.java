package org.annalist.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.annalist.corpus.Article;
import org.annalist.corpus.Corpus;
import org.annalist.corpus.CorpusReader;
import org.annalist.corpus.PublicationDate;
import org.annalist.task.Progress;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Re-dating one article of the news-dev corpus (Libya and Egypt, about 1,050 articles): the whole
 * corpus analysed again (how corrections were applied before {@link AnalysisSession}) against
 * {@link AnalysisSession#redate} (the article alone, then the merge). Prints wall and CPU times.
 */
@Tag("evaluation")
class RedateBenchmark {

    @Test
    void reDatingOneArticle() {
        Path news = Path.of(System.getProperty("annalist.shared", "../shared"), "data", "news-dev");
        assumeTrue(Files.isDirectory(news), "shared news-dev data absent");
        Corpus corpus = new CorpusReader().read(List.of(news), Progress.NONE);
        AnalysisSession session = new AnalysisSession(Analyzer.standard());
        Analysis base = session.analyse(corpus, Progress.NONE);
        for (int warm = 0; warm < 15; warm++) { // the JIT compiles the merge and the pipeline first
            session.redate(base, Map.of(corpus.articles().get(warm).id(), LocalDate.of(2011, 6, 1 + warm)), Progress.NONE);
        }
        List<long[]> after = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Article a = corpus.articles().get(100 + 97 * i);
            LocalDate d = LocalDate.of(2011, 7, 1 + i);
            after.add(time(() -> session.redate(base, Map.of(a.id(), d), Progress.NONE)));
        }
        List<long[]> before = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Article a = corpus.articles().get(50 + i);
            List<Article> changed = new ArrayList<>(corpus.articles());
            changed.set(50 + i, a.withPublished(PublicationDate.setByUser(LocalDate.of(2011, 8, 1 + i))));
            Corpus next = new Corpus(changed, corpus.problems(), corpus.skipped());
            before.add(time(() -> Analyzer.standard().analyze(next, Progress.NONE)));
        }
        System.out.printf(Locale.ROOT, "redate one of %d articles (%d events): whole corpus again %s; session %s%n",
                corpus.articles().size(), base.events().size(), describe(before), describe(after));
        assertThat(after).isNotEmpty();
    }

    private static long[] time(Runnable r) {
        long cpu0 = cpu();
        long t0 = System.nanoTime();
        r.run();
        return new long[] {System.nanoTime() - t0, cpu() - cpu0};
    }

    private static String describe(List<long[]> runs) {
        StringBuilder s = new StringBuilder();
        for (long[] r : runs) {
            s.append(String.format(Locale.ROOT, "%.0f ms wall / %.0f ms CPU; ", r[0] / 1e6, r[1] / 1e6));
        }
        return s.toString();
    }

    private static long cpu() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }
}
