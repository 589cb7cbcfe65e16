package org.annalist.analysis;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annalist.actors.ActorCatalog;
import org.annalist.corpus.Article;
import org.annalist.corpus.LoadProblem;
import org.annalist.events.Event;

/**
 * The immutable result of analysing a set of articles: what the views, exports and the command
 * line all read.
 */
public record Analysis(List<Article> articles, List<LoadProblem> problems, List<Path> skipped,
                       ActorCatalog catalog, List<ActorSummary> actors, List<Event> events,
                       ActorGraph graph, Map<String, ArticleAnnotations> annotations) {

    public Analysis {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
        skipped = List.copyOf(skipped);
        actors = List.copyOf(actors);
        events = List.copyOf(events);
        annotations = Map.copyOf(annotations);
    }

    public Optional<Article> article(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<Event> event(String id) {
        return events.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public ArticleAnnotations annotationsOf(String articleId) {
        return annotations.getOrDefault(articleId, new ArticleAnnotations(articleId, List.of(), List.of()));
    }
}
