package org.annalist.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.actors.ActorCatalog;
import org.annalist.actors.ActorMention;
import org.annalist.actors.ActorRecognizer;
import org.annalist.actors.CatalogActorRecognizer;
import org.annalist.corpus.Article;
import org.annalist.corpus.Corpus;
import org.annalist.events.Event;
import org.annalist.events.EventExtractor;
import org.annalist.events.EventMerger;
import org.annalist.events.RuleEventExtractor;
import org.annalist.events.SimilarityEventMerger;
import org.annalist.task.Progress;
import org.annalist.time.TimeExpression;
import org.annalist.time.TimeTagger;

/**
 * The extraction pipeline: per article time expressions, actor mentions and acts;
 * then the merge across articles and the actor graph.
 */
public final class Analyzer {

    private final ActorCatalog catalog;
    private final TimeTagger tagger;
    private final ActorRecognizer recognizer;
    private final EventExtractor extractor;
    private final EventMerger merger;

    public Analyzer(ActorCatalog catalog, TimeTagger tagger, ActorRecognizer recognizer,
                    EventExtractor extractor, EventMerger merger) {
        this.catalog = catalog;
        this.tagger = tagger;
        this.recognizer = recognizer;
        this.extractor = extractor;
        this.merger = merger;
    }

    /** The standard English news pipeline with the built-in catalog. */
    public static Analyzer standard() {
        return withRecognizer(ActorCatalog.standard(), CatalogActorRecognizer.standard());
    }

    /** The standard pipeline over another catalog (the built-in one extended by a user file). */
    public static Analyzer forCatalog(ActorCatalog catalog) {
        return withRecognizer(catalog, new CatalogActorRecognizer(catalog));
    }

    /** The standard tagger, extractor and merger around {@code recognizer}. */
    public static Analyzer withRecognizer(ActorCatalog catalog, ActorRecognizer recognizer) {
        return new Analyzer(catalog, TimeTagger.standard(), recognizer, new RuleEventExtractor(catalog),
                new SimilarityEventMerger());
    }

    public ActorCatalog catalog() {
        return catalog;
    }

    /** One article's annotations and provisional events. */
    public record AnnotatedArticle(Article article, ArticleAnnotations annotations, List<Event> events) {
    }

    public AnnotatedArticle annotate(Article article) {
        var dct = article.published().date();
        List<TimeExpression> timexes = tagger.tag(article.text(), dct);
        List<ActorMention> mentions = recognizer.find(article.text(), dct);
        List<Event> events = extractor.extract(article, timexes, mentions);
        return new AnnotatedArticle(article, new ArticleAnnotations(article.id(), timexes, mentions, events), events);
    }

    /**
     * {@code article} analysed again after {@code before} was made of an earlier copy: when the text and
     * the date are the same (only boilerplate ranges or the date's provenance changed), the time
     * expressions and actor mentions, which depend on those alone, are kept and only the acts are
     * extracted again.
     */
    public AnnotatedArticle annotateAgain(Article article, AnnotatedArticle before) {
        Article old = before.article();
        if (!old.text().equals(article.text())
                || !java.util.Objects.equals(old.published().date(), article.published().date())) {
            return annotate(article);
        }
        List<TimeExpression> timexes = before.annotations().timexes();
        List<ActorMention> mentions = before.annotations().mentions();
        List<Event> events = extractor.extract(article, timexes, mentions);
        return new AnnotatedArticle(article, new ArticleAnnotations(article.id(), timexes, mentions, events), events);
    }

    /**
     * Analyses every article in parallel; an article whose analysis fails is listed among the
     * problems and the rest goes on (see {@link AnalysisSession}).
     */
    public Analysis analyze(Corpus corpus, Progress progress) {
        return new AnalysisSession(this).analyse(corpus, progress);
    }

    /** Merges annotated articles into the final analysis. */
    public Analysis assemble(Corpus corpus, List<AnnotatedArticle> annotated) {
        List<Event> provisional = new ArrayList<>();
        Map<String, ArticleAnnotations> annotations = new HashMap<>();
        Map<String, Integer> mentionCounts = new LinkedHashMap<>();
        for (AnnotatedArticle a : annotated) {
            provisional.addAll(a.events());
            annotations.put(a.article().id(), a.annotations());
            // Page furniture (e.g. a trailing list of unrelated headlines) is not the article: its
            // names would otherwise put unrelated countries into the actor list.
            a.annotations().mentions().stream()
                    .filter(m -> !a.article().isExcluded(m.span()))
                    .forEach(m -> mentionCounts.merge(m.actorId(), 1, Integer::sum));
        }
        List<Event> events = merger.merge(provisional);
        Map<String, Integer> eventCounts = new HashMap<>();
        events.forEach(e -> e.actors().forEach(id -> eventCounts.merge(id, 1, Integer::sum)));
        eventCounts.keySet().forEach(id -> mentionCounts.putIfAbsent(id, 0));
        List<ActorSummary> actors = mentionCounts.entrySet().stream()
                .map(en -> new ActorSummary(catalog.get(en.getKey()), en.getValue(),
                        eventCounts.getOrDefault(en.getKey(), 0)))
                .sorted(java.util.Comparator.comparingInt((ActorSummary s) -> -s.mentions())
                        .thenComparing(s -> s.actor().id()))
                .toList();
        return new Analysis(corpus.articles(), corpus.problems(), corpus.skipped(), catalog, actors,
                events, ActorGraph.of(events), annotations, corpus.notes());
    }
}
