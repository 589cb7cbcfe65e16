package org.annalist.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.annalist.actors.ActorCatalog;
import org.annalist.actors.ActorMention;
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
import org.annalist.time.TimeExpression;
import org.annalist.time.TimexType;

/**
 * A reproducible, made-up analysis of any size, for benchmarks and view tests: articles whose
 * sentences name actors and dates, and one event per sentence with its passage, mentions and time
 * expression in place, exactly as the pipeline would produce them.
 */
public final class SyntheticAnalysis {

    private static final String[] EXTRA = {"syria", "iran", "china", "germany", "united-kingdom", "saudi-arabia",
        "israel", "european-union", "nato", "hezbollah", "kurdish-forces", "egypt"};
    private static final DateTimeFormatter SPOKEN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private SyntheticAnalysis() {
    }

    /** {@code events} events over {@code days} days from 1 Jan 2016, spread over articles of ~40 events. */
    public static Analysis generate(int events, int days, long seed) {
        Random rnd = new Random(seed);
        ActorCatalog catalog = ActorCatalog.standard();
        List<String> actors = new ArrayList<>(catalog.focusIds());
        actors.addAll(List.of(EXTRA));
        int articleCount = Math.max(4, events / 40);
        LocalDate origin = LocalDate.of(2016, 1, 1);
        List<StringBuilder> texts = new ArrayList<>();
        List<List<ActorMention>> mentions = new ArrayList<>();
        List<List<TimeExpression>> timexes = new ArrayList<>();
        List<LocalDate> published = new ArrayList<>();
        for (int a = 0; a < articleCount; a++) {
            texts.add(new StringBuilder("Synthetic report number " + (a + 1) + ".\n\n"));
            mentions.add(new ArrayList<>());
            timexes.add(new ArrayList<>());
            published.add(origin.plusDays((long) a * days / articleCount));
        }
        List<Event> out = new ArrayList<>(events);
        for (int i = 0; i < events; i++) {
            int a = rnd.nextInt(articleCount);
            String src = pick(actors, rnd);
            String tgt = pick(actors, rnd);
            while (tgt.equals(src)) {
                tgt = pick(actors, rnd);
            }
            EventType type = EventType.values()[rnd.nextInt(EventType.values().length)];
            LocalDate day = origin.plusDays((long) Math.min(days - 1, Math.abs(rnd.nextGaussian()) * days / 2.5));
            Granularity gran = rnd.nextInt(10) == 0 ? Granularity.MONTH : rnd.nextInt(10) == 0 ? Granularity.WEEK
                    : Granularity.DAY;
            LocalDate start = gran == Granularity.MONTH ? day.withDayOfMonth(1)
                    : gran == Granularity.WEEK ? day.minusDays(day.getDayOfWeek().getValue() - 1) : day;
            LocalDate end = gran == Granularity.MONTH ? start.plusMonths(1).minusDays(1)
                    : gran == Granularity.WEEK ? start.plusDays(6) : day;
            boolean planned = rnd.nextInt(8) == 0;
            StringBuilder text = texts.get(a);
            int s = text.length();
            String srcName = org.annalist.timeline.ActorRanking.displayName(catalog, src);
            String tgtName = org.annalist.timeline.ActorRanking.displayName(catalog, tgt);
            String when = gran == Granularity.DAY ? "on " + SPOKEN.format(day)
                    : gran == Granularity.WEEK ? "in the week of " + SPOKEN.format(start)
                    : "in " + start.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
                    + " " + start.getYear();
            text.append(srcName);
            mentions.get(a).add(new ActorMention(new Span(s, s + srcName.length()), srcName, src));
            String verb = " " + (planned ? "will " + type.id() : type.id() + (type.id().endsWith("e") ? "d" : "ed")) + " ";
            text.append(verb);
            int t = text.length();
            text.append(tgtName);
            mentions.get(a).add(new ActorMention(new Span(t, t + tgtName.length()), tgtName, tgt));
            text.append(' ');
            int w = text.length();
            text.append(when);
            String value = gran == Granularity.DAY ? day.toString() : gran == Granularity.WEEK
                    ? start.getYear() + "-W" + start.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR)
                    : start.toString().substring(0, 7);
            timexes.get(a).add(new TimeExpression(new Span(w, text.length()), when, TimexType.DATE, value, start, end));
            text.append('.');
            Span span = new Span(s, text.length());
            text.append(rnd.nextInt(4) == 0 ? "\n\n" : " ");
            String articleId = "synthetic-" + a;
            EventDate date = new EventDate(value, start, end, gran, DateBasis.EXPLICIT,
                    "'" + when + "' written in full");
            out.add(new Event("e" + (i + 1), date, type, rnd.nextInt(21) - 10, planned ? EventStatus.PLANNED
                    : EventStatus.OCCURRED, List.of(src), List.of(tgt), srcName + " " + verb.trim() + " " + tgtName,
                    List.of(new Passage(articleId, span, text.substring(s, span.end()))), null));
        }
        List<Article> articles = new ArrayList<>();
        Map<String, ArticleAnnotations> annotations = new HashMap<>();
        for (int a = 0; a < articleCount; a++) {
            String id = "synthetic-" + a;
            articles.add(new Article(id, Path.of(id + ".txt"), "Synthetic report " + (a + 1), null, "Synthetic Wire",
                    new PublicationDate(published.get(a), DateSource.METADATA, "generated"), texts.get(a).toString(),
                    List.of()));
            annotations.put(id, new ArticleAnnotations(id, timexes.get(a), mentions.get(a)));
        }
        Map<String, int[]> counts = new HashMap<>();
        out.forEach(e -> e.actors().forEach(id -> counts.computeIfAbsent(id, k -> new int[1])[0]++));
        List<ActorSummary> summaries = new ArrayList<>();
        counts.forEach((id, n) -> summaries.add(new ActorSummary(catalog.get(id), n[0], n[0])));
        return new Analysis(articles, List.of(), List.of(), catalog, summaries, out, ActorGraph.of(out), annotations);
    }

    private static String pick(List<String> actors, Random rnd) {
        // a skewed pick: the first actors are named far more often, as in real news
        return actors.get(Math.min(actors.size() - 1, (int) (Math.abs(rnd.nextGaussian()) * actors.size() / 3)));
    }
}
