package org.annalist.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.annalist.analysis.Analysis;
import org.annalist.corpus.Article;
import org.annalist.events.Event;
import org.annalist.events.EventStatus;
import org.annalist.events.Granularity;
import org.annalist.events.Passage;

/**
 * The shown, dated events in Knight Lab's TimelineJS 3 JSON format: an {@code events} list of
 * slides, each with a {@code start_date} (its {@code year} required), {@code text} (headline and
 * HTML body), and optionally {@code end_date}, {@code group}, {@code display_date}; plus a
 * {@code title} slide. Vague dates keep only the parts they know (a month has no day).
 */
public final class TimelineJsJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public ObjectNode toJson(Analysis analysis, List<Event> shown, String title) {
        ObjectNode root = JSON.createObjectNode();
        List<Event> dated = shown.stream().filter(Event::isDated).filter(e -> e.status().isDrawn()) // asserted acts only
                .sorted(java.util.Comparator.comparing((Event e) -> e.date().start()).thenComparing(Event::id)).toList();
        ObjectNode head = root.putObject("title").putObject("text");
        head.put("headline", html(title == null || title.isBlank() ? "Annalist timeline" : title));
        head.put("text", dated.size() + " events from " + analysis.articles().size() + " articles");
        ArrayNode events = root.putArray("events");
        for (Event e : dated) {
            events.add(slide(analysis, e));
        }
        return root;
    }

    public void write(Analysis analysis, List<Event> shown, String title, Path out) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(toJson(analysis, shown, title));
        AtomicFiles.write(out, o -> o.write(bytes));
    }

    private static ObjectNode slide(Analysis analysis, Event e) {
        ObjectNode s = JSON.createObjectNode();
        s.put("unique_id", "event-" + e.id());
        Granularity g = e.date().granularity();
        date(s.putObject("start_date"), e.date().start(), g);
        boolean span = !e.date().end().equals(e.date().start()) && g != Granularity.MONTH && g != Granularity.YEAR;
        if (span) {
            date(s.putObject("end_date"), e.date().end(), g);
        }
        if (g != Granularity.DAY) {
            s.put("display_date", e.date().value());
        }
        ObjectNode text = s.putObject("text");
        String headline = e.summary().isBlank() ? e.type().label() : e.summary();
        text.put("headline", html((e.status() == EventStatus.PLANNED ? "Planned: " : "") + headline));
        text.put("text", body(analysis, e));
        s.put("group", group(analysis, e));
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

    private static String group(Analysis analysis, Event e) {
        List<String> actors = e.actors();
        return actors.isEmpty() ? e.type().label() : analysis.catalog().get(actors.get(0)).name();
    }

    private static String body(Analysis analysis, Event e) {
        StringBuilder b = new StringBuilder();
        b.append("<p><b>").append(html(e.type().label())).append("</b>");
        if (!e.actors().isEmpty()) {
            b.append(" &middot; ").append(html(String.join(", ",
                    e.actors().stream().map(id -> analysis.catalog().get(id).name()).toList())));
        }
        b.append("</p>");
        for (Passage p : e.passages()) {
            b.append("<blockquote>").append(html(p.text())).append("</blockquote>");
            analysis.article(p.articleId()).ifPresent(a -> b.append("<p>").append(source(a)).append("</p>"));
        }
        return b.toString();
    }

    private static String source(Article a) {
        String label = html(a.title().isBlank() ? a.id() : a.title())
                + (a.published().date() == null ? "" : " (" + a.published().date() + ")");
        String url = a.url();
        boolean web = url != null && (url.startsWith("https://") || url.startsWith("http://"));
        return web ? "<a href=\"" + html(url) + "\">" + label + "</a>" : label;
    }

    /** Escapes text for TimelineJS, which renders these fields as HTML. */
    static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
