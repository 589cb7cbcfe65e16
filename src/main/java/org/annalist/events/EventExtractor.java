package org.annalist.events;

import java.util.List;
import org.annalist.actors.ActorMention;
import org.annalist.corpus.Article;
import org.annalist.time.TimeExpression;

/** Turns one annotated article into its acts. */
public interface EventExtractor {

    /**
     * @return the article's events, each with passages in this article only; ids are provisional
     *         (the merger renumbers them)
     */
    List<Event> extract(Article article, List<TimeExpression> timexes, List<ActorMention> mentions);
}
