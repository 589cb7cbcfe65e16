package org.annalist.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.annalist.actors.Actor;
import org.annalist.actors.ActorCatalog;
import org.annalist.analysis.ActorGraph;
import org.annalist.analysis.ActorSummary;
import org.annalist.analysis.Analysis;
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

/**
 * A seeded, made-up analysis of any size, for timing the painters without running extraction:
 * events spread over three years among the catalog's actors, mostly single days with some weeks
 * and months, each with one passage in one of the synthetic articles.
 */
public final class SyntheticAnalysis {

    private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
    private static final int DAYS = 3 * 365;
    private static final String SENTENCE = "The minister said the talks would resume next week.";

    private SyntheticAnalysis() {
    }

    public static Analysis of(int eventCount, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        ActorCatalog catalog = ActorCatalog.standard();
        List<String> actorIds = catalog.actors().stream().map(Actor::id).toList();
        if (actorIds.isEmpty()) {
            actorIds = ActorCatalog.FOCUS_IDS;
        }
        int articleCount = Math.max(1, eventCount / 10);
        List<Article> articles = new ArrayList<>(articleCount);
        for (int i = 0; i < articleCount; i++) {
            LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
            articles.add(new Article("s" + i, Path.of("s" + i + ".txt"), "Synthetic article " + i, null, null,
                    new PublicationDate(day, DateSource.METADATA, "synthetic"), SENTENCE, List.of()));
        }
        EventType[] types = EventType.values();
        List<Event> events = new ArrayList<>(eventCount);
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < eventCount; i++) {
            String source = actorIds.get(random.nextInt(Math.min(actorIds.size(), 12)));
            String target = actorIds.get(random.nextInt(actorIds.size()));
            List<String> targets = target.equals(source) ? List.of() : List.of(target);
            Article article = articles.get(random.nextInt(articleCount));
            Event e = new Event("e" + i, date(random), types[random.nextInt(types.length)],
                    random.nextInt(-10, 11), random.nextInt(10) == 0 ? EventStatus.PLANNED : EventStatus.OCCURRED,
                    List.of(source), targets, source + " and " + target + " talk",
                    List.of(new Passage(article.id(), new Span(0, SENTENCE.length()), SENTENCE)), null);
            events.add(e);
            e.actors().forEach(id -> counts.merge(id, 1, Integer::sum));
        }
        List<ActorSummary> actors = counts.entrySet().stream()
                .map(en -> new ActorSummary(catalog.get(en.getKey()), en.getValue(), en.getValue()))
                .sorted(java.util.Comparator.comparingInt(s -> -s.events()))
                .toList();
        return new Analysis(articles, List.of(), List.of(), catalog, actors, events, ActorGraph.of(events), Map.of());
    }

    private static EventDate date(SplittableRandom random) {
        LocalDate start = FIRST_DAY.plusDays(random.nextInt(DAYS));
        int kind = random.nextInt(20);
        if (kind == 0) {
            LocalDate month = start.withDayOfMonth(1);
            return new EventDate(month.toString().substring(0, 7), month,
                    month.plusMonths(1).minusDays(1), Granularity.MONTH, DateBasis.RELATIVE, "synthetic");
        }
        if (kind <= 2) {
            return new EventDate(start + "/" + start.plusDays(6), start, start.plusDays(6),
                    Granularity.INTERVAL, DateBasis.RELATIVE, "synthetic");
        }
        return EventDate.day(start, kind < 10 ? DateBasis.EXPLICIT : DateBasis.PUBLISHED, "synthetic");
    }
}
