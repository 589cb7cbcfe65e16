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
 * line all read. {@code notes} are the load's notes on files read with a repair (the window lists them).
 */
public record Analysis(List<Article> articles, List<LoadProblem> problems, List<Path> skipped,
                       ActorCatalog catalog, List<ActorSummary> actors, List<Event> events,
                       ActorGraph graph, Map<String, ArticleAnnotations> annotations, List<LoadProblem> notes) {

    public Analysis {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
        skipped = List.copyOf(skipped);
        actors = List.copyOf(actors);
        events = List.copyOf(events);
        annotations = Map.copyOf(annotations);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** An analysis without load notes (files read with a repair), as most tests and tools build one. */
    public Analysis(List<Article> articles, List<LoadProblem> problems, List<Path> skipped, ActorCatalog catalog,
                    List<ActorSummary> actors, List<Event> events, ActorGraph graph,
                    Map<String, ArticleAnnotations> annotations) {
        this(articles, problems, skipped, catalog, actors, events, graph, annotations, List.of());
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
