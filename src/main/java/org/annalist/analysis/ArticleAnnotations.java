package org.annalist.analysis;

import java.util.List;
import org.annalist.actors.ActorMention;
import org.annalist.time.TimeExpression;

/** What the pipeline found in one article's text: the source view tints and underlines these. */
public record ArticleAnnotations(String articleId, List<TimeExpression> timexes, List<ActorMention> mentions) {

    public ArticleAnnotations {
        timexes = List.copyOf(timexes);
        mentions = List.copyOf(mentions);
    }
}
