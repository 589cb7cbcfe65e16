package org.annalist.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.actors.ActorCatalog;
import org.annalist.actors.ActorMention;
import org.annalist.analysis.Analysis;
import org.annalist.analysis.Analyzer;
import org.annalist.corpus.Article;
import org.annalist.corpus.Corpus;
import org.annalist.corpus.DateSource;
import org.annalist.corpus.PublicationDate;
import org.annalist.events.DateBasis;
import org.annalist.events.Event;
import org.annalist.events.EventDate;
import org.annalist.events.EventStatus;
import org.annalist.events.EventType;
import org.annalist.events.Passage;
import org.annalist.task.Progress;
import org.annalist.text.Span;
import org.annalist.time.TimeExpression;
import org.annalist.time.TimexType;

/**
 * A tiny stand-in pipeline for view tests: "yesterday" resolves against the publication date,
 * "France"/"Russia"/"Turkey" are actors, and each sentence with a date is one event. It lets the
 * tests see events move when a publication date changes, independently of the real rules.
 */
public final class TestPipeline {

    private static final Pattern ACTOR = Pattern.compile("France|Russia|Turkey");
    private static final Pattern SENTENCE = Pattern.compile("[^.]*yesterday[^.]*\\.");

    private TestPipeline() {
    }

    public static Analyzer analyzer() {
        return new Analyzer(ActorCatalog.standard(), TestPipeline::tag, TestPipeline::mentions, TestPipeline::extract,
                events -> {
                    List<Event> out = new ArrayList<>();
                    for (int i = 0; i < events.size(); i++) {
                        Event e = events.get(i);
                        out.add(new Event("e" + (i + 1), e.date(), e.type(), e.tone(), e.status(), e.source(),
                                e.target(), e.summary(), e.passages(), null));
                    }
                    return out;
                });
    }

    public static Corpus corpus() {
        return new Corpus(List.of(
                article("a1", "Talks", LocalDate.of(2016, 10, 5),
                        "France met Russia yesterday in Paris. Nothing else happened. "),
                article("a2", "Strikes", LocalDate.of(2016, 10, 12),
                        "Weather report first. Russia accused Turkey yesterday of shelling. "),
                article("a3", "Undated", null, "Turkey warned France yesterday about the border. ")),
                List.of(), List.of());
    }

    public static Analysis analysis() {
        return analyzer().analyze(corpus(), Progress.NONE);
    }

    private static Article article(String id, String title, LocalDate published, String text) {
        PublicationDate p = published == null ? PublicationDate.none("no date found")
                : new PublicationDate(published, DateSource.METADATA, "from the test");
        return new Article(id, Path.of(id + ".txt"), title, "https://example.org/" + id, "Test Wire", p, text, List.of());
    }

    private static List<TimeExpression> tag(String text, LocalDate dct) {
        List<TimeExpression> out = new ArrayList<>();
        for (int i = text.indexOf("yesterday"); i >= 0; i = text.indexOf("yesterday", i + 1)) {
            LocalDate d = dct == null ? null : dct.minusDays(1);
            out.add(new TimeExpression(new Span(i, i + 9), "yesterday", TimexType.DATE,
                    d == null ? "PAST_REF" : d.toString(), d, d));
        }
        return out;
    }

    private static List<ActorMention> mentions(String text, LocalDate date) {
        List<ActorMention> out = new ArrayList<>();
        Matcher m = ACTOR.matcher(text);
        while (m.find()) {
            out.add(new ActorMention(new Span(m.start(), m.end()), m.group(), m.group().toLowerCase()));
        }
        return out;
    }

    private static List<Event> extract(Article a, List<TimeExpression> timexes, List<ActorMention> mentions) {
        List<Event> out = new ArrayList<>();
        Matcher m = SENTENCE.matcher(a.text());
        while (m.find()) {
            Span s = new Span(m.start() + (a.text().charAt(m.start()) == ' ' ? 1 : 0), m.end());
            TimeExpression t = timexes.stream().filter(x -> s.contains(x.span())).findFirst().orElse(null);
            List<String> actors = mentions.stream().filter(x -> s.contains(x.span())).map(ActorMention::actorId).toList();
            EventDate date = t == null || !t.isAnchored() ? null
                    : EventDate.day(t.start(), DateBasis.RELATIVE, "'yesterday' in an article published "
                    + a.published().date() + " -> " + t.start());
            out.add(new Event("p", date, EventType.CONSULT, 1, EventStatus.OCCURRED, actors.subList(0, Math.min(1, actors.size())),
                    actors.subList(Math.min(1, actors.size()), actors.size()), s.of(a.text()), List.of(new Passage(a.id(), s, s.of(a.text()))),
                    null));
        }
        return out;
    }
}
