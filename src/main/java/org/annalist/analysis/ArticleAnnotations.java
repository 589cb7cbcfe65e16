package org.annalist.analysis;

import java.util.List;
import org.annalist.actors.ActorMention;
import org.annalist.events.Event;
import org.annalist.time.TimeExpression;

/**
 * What the pipeline found in one article's text: the source view tints and underlines these.
 *
 * @param events the article's own events before the merge across articles; kept so that a
 *               correction to one article re-analyses that article only and merges again
 */
public record ArticleAnnotations(String articleId, List<TimeExpression> timexes, List<ActorMention> mentions,
                                 List<Event> events) {

    public ArticleAnnotations {
        timexes = List.copyOf(timexes);
        mentions = List.copyOf(mentions);
        events = List.copyOf(events);
    }

    /** Annotations without the article's own events (synthetic analyses, tests). */
    public ArticleAnnotations(String articleId, List<TimeExpression> timexes, List<ActorMention> mentions) {
        this(articleId, timexes, mentions, List.of());
    }
}
