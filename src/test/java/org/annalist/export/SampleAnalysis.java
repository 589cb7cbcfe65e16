package org.annalist.export;

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

/** A small hand-built analysis, so export tests do not depend on extraction quality. */
public final class SampleAnalysis {

    public static final String TEXT_A = "PARIS, Oct 5 - France on Monday called for a UN resolution on Aleppo, \"now\", "
            + "officials said. Russia rejected the draft <b>&amp;</b> vetoed it. "
            + "=SUM(A1) Turkey will host talks next week.";
    public static final String TEXT_B = "MOSCOW - Russia accused the United States of backing rebels in September 2016.";

    private SampleAnalysis() {
    }

    public static Article articleA() {
        return new Article("a1", Path.of("in/a1.txt"), "UN vote on Aleppo", "https://news.example/a1", "Example News",
                new PublicationDate(LocalDate.of(2016, 10, 5), DateSource.METADATA, "sidecar"), TEXT_A, List.of());
    }

    public static Article articleB() {
        return new Article("b2", Path.of("in/b2.txt"), "Moscow replies", "javascript:alert(1)", null,
                new PublicationDate(LocalDate.of(2016, 10, 10), DateSource.METADATA, "sidecar"), TEXT_B, List.of());
    }

    static Passage passage(Article a, String words) {
        int start = a.text().indexOf(words);
        if (start < 0) {
            throw new IllegalArgumentException(words);
        }
        return new Passage(a.id(), new Span(start, start + words.length()), words);
    }

    public static List<Event> events() {
        Article a = articleA();
        Article b = articleB();
        LocalDate mon = LocalDate.of(2016, 10, 3);
        return List.of(
                new Event("e1", EventDate.day(mon, DateBasis.RELATIVE, "'on Monday'"), EventType.REQUEST, 3.0,
                        EventStatus.OCCURRED, List.of("france"), List.of("united-nations"),
                        "France calls for a UN resolution, \"now\"",
                        List.of(passage(a, "France on Monday called for a UN resolution on Aleppo, \"now\"")), null, "1042"),
                new Event("e2", EventDate.day(LocalDate.of(2016, 10, 4), DateBasis.PUBLISHED, ""), EventType.REJECT, -4.0,
                        EventStatus.OCCURRED, List.of("russia"), List.of("france"), "Russia rejects <b>&amp;</b> vetoes",
                        List.of(passage(a, "Russia rejected the draft <b>&amp;</b> vetoed it.")), null),
                new Event("e3", new EventDate("2016-W41", LocalDate.of(2016, 10, 10), LocalDate.of(2016, 10, 16),
                        Granularity.WEEK, DateBasis.RELATIVE, "'next week'"), EventType.CONSULT, 1.0,
                        EventStatus.PLANNED, List.of("turkey"), List.of("russia", "france"), "=SUM(A1) Turkey hosts talks",
                        List.of(passage(a, "=SUM(A1) Turkey will host talks next week.")), null),
                new Event("e4", new EventDate("2016-09", LocalDate.of(2016, 9, 1), LocalDate.of(2016, 9, 30),
                        Granularity.MONTH, DateBasis.EXPLICIT, "'September 2016'"), EventType.ACCUSE, -2.0,
                        EventStatus.OCCURRED, List.of("russia"), List.of("united-states"), "Russia accuses US",
                        List.of(passage(b, "Russia accused the United States of backing rebels in September 2016.")),
                        "sources disagree"),
                new Event("e5", null, EventType.STATEMENT, 0.0, EventStatus.OCCURRED, List.of("russia"), List.of(),
                        "Russia comments", List.of(passage(b, "Russia accused")), null));
    }

    public static Analysis analysis() {
        return analysis(List.of(articleA(), articleB()), events());
    }

    public static Analysis analysis(List<Article> articles, List<Event> events) {
        ActorCatalog catalog = ActorCatalog.standard();
        Map<String, Integer> counts = new HashMap<>();
        events.forEach(e -> e.actors().forEach(id -> counts.merge(id, 1, Integer::sum)));
        List<ActorSummary> actors = new ArrayList<>();
        counts.forEach((id, n) -> actors.add(new ActorSummary(catalog.get(id), n, n)));
        return new Analysis(articles, List.of(), List.of(), catalog, actors, events, ActorGraph.of(events), Map.of());
    }
}
