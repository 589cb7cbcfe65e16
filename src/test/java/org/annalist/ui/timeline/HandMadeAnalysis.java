package org.annalist.ui.timeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annalist.actors.ActorCatalog;
import org.annalist.analysis.ActorGraph;
import org.annalist.analysis.ActorSummary;
import org.annalist.analysis.Analysis;
import org.annalist.analysis.ArticleAnnotations;
import org.annalist.corpus.Article;
import org.annalist.corpus.DateSource;
import org.annalist.corpus.PublicationDate;
import org.annalist.events.DateBasis;
import org.annalist.events.Event;
import org.annalist.events.EventDate;
import org.annalist.events.EventStatus;
import org.annalist.events.EventType;
import org.annalist.events.Granularity;
import org.annalist.events.Passage;
import org.annalist.text.Span;

/** Builds an analysis event by event, for view tests that need a precise arrangement of events. */
public final class HandMadeAnalysis {

    private final List<Event> events = new ArrayList<>();
    private final StringBuilder text = new StringBuilder("Hand-made report.\n\n");
    private String title = "Hand-made report";

    /** The article has no title, as in news-dev: views name it by its opening words. */
    public HandMadeAnalysis untitled() {
        title = "";
        return this;
    }

    /** Adds a day-precise event of {@code source} towards {@code target}. */
    public HandMadeAnalysis add(LocalDate day, EventType type, String source, String target) {
        return add(day, type, source, target, DateBasis.EXPLICIT);
    }

    /** Adds a day-precise event whose date came the way {@code basis} says (published: the article's day). */
    public HandMadeAnalysis add(LocalDate day, EventType type, String source, String target, DateBasis basis) {
        int s = text.length();
        text.append(source).append(' ').append(type.id()).append(' ').append(target).append(" on ").append(day)
                .append(".\n");
        String id = "h" + (events.size() + 1);
        EventDate date = new EventDate(day.toString(), day, day, Granularity.DAY, basis, "written");
        events.add(new Event(id, date, type, 0, EventStatus.OCCURRED, List.of(source), List.of(target),
                source + " " + type.id() + " " + target,
                List.of(new Passage("hand", new Span(s, text.length() - 1), text.substring(s, text.length() - 1))),
                null));
        return this;
    }

    /** Adds an event with a date of any precision (a week, a month, a span), or undated with {@code null}. */
    public HandMadeAnalysis add(EventDate date, EventType type, String source, String target) {
        int s = text.length();
        text.append(source).append(' ').append(type.id()).append(' ').append(target).append(".\n");
        String id = "h" + (events.size() + 1);
        events.add(new Event(id, date, type, 0, EventStatus.OCCURRED, List.of(source), List.of(target),
                source + " " + type.id() + " " + target,
                List.of(new Passage("hand", new Span(s, text.length() - 1), text.substring(s, text.length() - 1))),
                null));
        return this;
    }

    public Analysis build() {
        ActorCatalog catalog = ActorCatalog.standard();
        Article article = new Article("hand", Path.of("hand.txt"), title, null, "Test Wire",
                new PublicationDate(LocalDate.of(2011, 12, 1), DateSource.METADATA, "test"), text.toString(),
                List.of());
        Map<String, int[]> counts = new HashMap<>();
        events.forEach(e -> e.actors().forEach(id -> counts.computeIfAbsent(id, k -> new int[1])[0]++));
        List<ActorSummary> summaries = new ArrayList<>();
        counts.forEach((id, n) -> summaries.add(new ActorSummary(catalog.get(id), n[0], n[0])));
        return new Analysis(List.of(article), List.of(), List.of(), catalog, summaries, List.copyOf(events),
                ActorGraph.of(events), Map.of("hand", new ArticleAnnotations("hand", List.of(), List.of())));
    }
}
