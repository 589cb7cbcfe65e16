package org.annalist.keydates;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annalist.analysis.Analysis;
import org.annalist.analysis.Analyzer;
import org.annalist.corpus.Article;
import org.annalist.corpus.Corpus;
import org.annalist.corpus.CorpusReader;
import org.annalist.task.Progress;

/** One news-dev topic analysed once: its analysis and its journalists' timelines, whole and cut to the corpus span. */
record Topic(String name, Analysis analysis, Map<String, Set<LocalDate>> timelines,
             Map<String, Set<LocalDate>> clipped) {

    static final Path NEWS_DEV = Path.of(System.getProperty("annalist.newsDev", "/work/shared/data/news-dev"));

    static Topic load(String name) {
        Corpus corpus = new CorpusReader().read(List.of(NEWS_DEV.resolve(name).resolve("articles.jsonl")), Progress.NONE);
        Analysis analysis = Analyzer.standard().analyze(corpus, Progress.NONE);
        Map<String, Set<LocalDate>> timelines = ReferenceTimelines.read(NEWS_DEV.resolve(name).resolve("timelines"));
        List<LocalDate> published = analysis.articles().stream().filter(a -> a.published().isKnown())
                .map(a -> a.published().date()).sorted(Comparator.naturalOrder()).toList();
        return new Topic(name, analysis, timelines,
                ReferenceTimelines.clipped(timelines, published.get(0), published.get(published.size() - 1)));
    }

    static boolean available() {
        return NEWS_DEV.resolve("libya").resolve("articles.jsonl").toFile().isFile();
    }

    List<Article> articles() {
        return analysis.articles();
    }
}
