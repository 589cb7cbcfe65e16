package org.annalist.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annalist.analysis.Analysis;
import org.annalist.corpus.Article;
import org.annalist.events.Event;
import org.annalist.events.Passage;

/**
 * The shown events as CSV (RFC 4180: comma separated, CRLF line ends, fields quoted when they hold
 * a comma, quote or line break, quotes doubled), UTF-8 with a byte order mark unless asked not to
 * (spreadsheet programs that guess the encoding read it as UTF-8 only with it). One row per event;
 * list columns join ids and names with {@code ;}, urls with a space (a url may hold {@code ;}, never
 * a space) and passages with a line break. Every cell goes through {@link #guard}, so no cell can
 * start a spreadsheet formula, whatever the articles, sidecars or file names hold.
 */
public final class EventsCsv {

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?");

    private final boolean byteOrderMark;

    /** A writer that starts the file with a UTF-8 byte order mark. */
    public EventsCsv() {
        this(true);
    }

    public EventsCsv(boolean byteOrderMark) {
        this.byteOrderMark = byteOrderMark;
    }

    public static final List<String> HEADER = List.of("id", "date", "start", "end", "granularity", "basis",
            "type", "tone", "status", "source", "target", "source_names", "target_names", "summary",
            "passages", "articles", "urls", "date_conflict", "cameo");

    public void write(Analysis analysis, List<Event> shown, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (byteOrderMark) {
            w.write('\uFEFF');
        }
        row(w, HEADER);
        for (Event e : shown) {
            row(w, cells(analysis, e));
        }
        w.flush();
    }

    public void write(Analysis analysis, List<Event> shown, Path out) throws IOException {
        AtomicFiles.write(out, o -> write(analysis, shown, o));
    }

    private static List<String> cells(Analysis analysis, Event e) {
        Set<String> articles = new LinkedHashSet<>();
        e.passages().forEach(p -> articles.add(p.articleId()));
        Set<String> urls = new LinkedHashSet<>();
        for (String id : articles) {
            analysis.article(id).map(Article::url).filter(u -> u != null && !u.isBlank()).ifPresent(urls::add);
        }
        var d = e.date();
        return List.of(e.id(),
                d == null ? "" : d.value(), d == null ? "" : d.start().toString(), d == null ? "" : d.end().toString(),
                d == null ? "" : d.granularity().id(), d == null ? "" : d.basis().id(),
                e.type().id(), String.format(Locale.ROOT, "%.1f", e.tone()), e.status().id(),
                String.join(";", e.source()), String.join(";", e.target()),
                names(analysis, e.source()), names(analysis, e.target()),
                e.summary(),
                String.join("\n", e.passages().stream().map(Passage::text).map(EventsCsv::oneLine).toList()),
                String.join(";", articles), String.join(" ", urls),
                e.dateConflict() == null ? "" : e.dateConflict(),
                e.cameo() == null ? "" : e.cameo());
    }

    private static String names(Analysis analysis, List<String> ids) {
        return String.join(";", ids.stream().map(id -> analysis.catalog().get(id).name()).toList());
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    /**
     * The one formula guard every cell passes: a cell that a spreadsheet would run as a formula
     * (starting with {@code = + - @}, a tab or a carriage return) gets a leading apostrophe; plain
     * numbers such as a tone of {@code -4.0} stay numbers.
     */
    static String guard(String s) {
        if (s.isEmpty() || "=+-@\t\r".indexOf(s.charAt(0)) < 0 || NUMBER.matcher(s).matches()) {
            return s;
        }
        return "'" + s;
    }

    private static void row(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(quote(guard(cells.get(i))));
        }
        w.write("\r\n");
    }

    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
