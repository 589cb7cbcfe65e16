package org.annalist.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.annalist.analysis.Analysis;
import org.annalist.corpus.Article;
import org.annalist.corpus.Sources;
import org.annalist.events.Event;
import org.annalist.events.EventStatus;
import org.annalist.events.Granularity;
import org.annalist.events.Passage;
import org.annalist.timeline.DrawnRange;

/**
 * The shown, dated events in Knight Lab's TimelineJS 3 JSON format: a {@code title} slide and one
 * slide per event with {@code start_date} (a month keeps no day), a span's {@code end_date}, the
 * date in words as {@code display_date}, the headline and passages as {@code text}, the first
 * passage as a quotation {@code media} whose {@code credit} links its article (outlet and date), and
 * a {@code group} only when groups help the reader (see {@link TimelineJsGroups}).
 */
public final class TimelineJsJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Every shown, dated, asserted act as a slide. */
    public ObjectNode toJson(Analysis analysis, List<Event> shown, String title) {
        return toJson(analysis, shown, title, false);
    }

    /**
     * As above; with {@code fitToMost}, only the acts where most events are ({@link DrawnRange}, as the
     * picture and the window open): TimelineJS scales its navigator to its first and last slide, so one
     * far-off date ("since its founding in 1945") would open the reader on the wrong decades with every
     * other slide crushed together. The acts left out are counted on the title slide.
     */
    public ObjectNode toJson(Analysis analysis, List<Event> shown, String title, boolean fitToMost) {
        ObjectNode root = JSON.createObjectNode();
        List<Event> asserted = shown.stream().filter(Event::isDated).filter(e -> e.status().isDrawn()).toList();
        DrawnRange range = fitToMost ? DrawnRange.of(asserted, null, null) : null;
        List<Event> dated = asserted.stream().filter(e -> range == null || range.covers(e))
                .sorted(Comparator.comparing((Event e) -> e.date().start()).thenComparing(Event::id)).toList();
        ObjectNode head = root.putObject("title").putObject("text");
        head.put("headline", html(title == null || title.isBlank() ? "Annalist timeline" : title));
        int articles = analysis.articles().size();
        String count = dated.size() + (dated.size() == 1 ? " event" : " events") + " from " + articles
                + (articles == 1 ? " article" : " articles");
        if (range != null && range.outside() > 0) {
            count += " (" + range.outsideWords(" and ") + (range.outside() == 1 ? " event" : " events")
                    + " far from the rest left out: set a date range to include them)";
        }
        head.put("text", count);
        TimelineJsGroups groups = TimelineJsGroups.of(analysis.catalog(), dated);
        ArrayNode events = root.putArray("events");
        for (Event e : dated) {
            events.add(slide(analysis, e, groups));
        }
        return root;
    }

    public void write(Analysis analysis, List<Event> shown, String title, Path out) throws IOException {
        write(analysis, shown, title, false, out);
    }

    /** Writes {@link #toJson(Analysis, List, String, boolean)} to {@code out} atomically. */
    public void write(Analysis analysis, List<Event> shown, String title, boolean fitToMost, Path out)
            throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(toJson(analysis, shown, title, fitToMost));
        AtomicFiles.write(out, o -> o.write(bytes));
    }

    private static ObjectNode slide(Analysis analysis, Event e, TimelineJsGroups groups) {
        ObjectNode s = JSON.createObjectNode();
        s.put("unique_id", "event-" + e.id());
        Granularity g = e.date().granularity();
        date(s.putObject("start_date"), e.date().start(), g);
        boolean span = !e.date().end().equals(e.date().start()) && g != Granularity.MONTH && g != Granularity.YEAR;
        if (span) {
            date(s.putObject("end_date"), e.date().end(), g);
        }
        s.put("display_date", HumanDates.of(e.date()));
        ObjectNode text = s.putObject("text");
        String headline = e.summary().isBlank() ? e.type().label() : e.summary();
        text.put("headline", html((e.status() == EventStatus.PLANNED ? "Planned: " : "") + headline));
        text.put("text", body(analysis, e));
        if (!e.passages().isEmpty()) {
            media(s.putObject("media"), analysis, e.passages().get(0));
        }
        groups.groupOf(e).ifPresent(name -> s.put("group", name));
        return s;
    }

    private static void date(ObjectNode n, LocalDate d, Granularity g) {
        n.put("year", d.getYear());
        if (g != Granularity.YEAR) {
            n.put("month", d.getMonthValue());
        }
        if (g != Granularity.YEAR && g != Granularity.MONTH && g != Granularity.QUARTER) {
            n.put("day", d.getDayOfMonth());
        }
    }

    /** The first passage as TimelineJS's quotation media, its article as the credit. */
    private static void media(ObjectNode m, Analysis analysis, Passage p) {
        m.put("url", "<blockquote>" + html(p.text()) + "</blockquote>");
        analysis.article(p.articleId()).ifPresent(a -> {
            m.put("credit", credit(a));
            if (!a.title().isBlank() && !a.title().equals(Sources.outlet(a))) {
                m.put("caption", html(a.title()));
            }
        });
    }

    private static String body(Analysis analysis, Event e) {
        StringBuilder b = new StringBuilder();
        b.append("<p><b>").append(html(e.type().label())).append("</b>");
        if (!e.actors().isEmpty()) {
            b.append(" &middot; ").append(html(String.join(", ",
                    e.actors().stream().map(id -> analysis.catalog().get(id).name()).toList())));
        }
        b.append("</p>");
        for (Passage p : e.passages().subList(Math.min(1, e.passages().size()), e.passages().size())) {
            // the first passage is the media; the others follow, each with its source
            b.append("<blockquote>").append(html(p.text())).append("</blockquote>");
            analysis.article(p.articleId()).ifPresent(a -> b.append("<p>").append(credit(a)).append("</p>"));
        }
        return b.toString();
    }

    /** "Reuters, 3 October 2016", linked to the article when its URL is http(s). */
    static String credit(Article a) {
        String outlet = Sources.outlet(a);
        LocalDate date = a.published().date();
        String label = html(outlet) + (date == null ? "" : ", " + HumanDates.day(date));
        return Sources.isWeb(a.url()) ? "<a href=\"" + html(a.url()) + "\" target=\"_blank\" rel=\"noopener\">"
                + label + "</a>" : label;
    }

    /** Escapes text for TimelineJS, which renders these fields as HTML. */
    static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
