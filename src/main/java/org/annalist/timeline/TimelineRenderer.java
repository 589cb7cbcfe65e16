package org.annalist.timeline;

import java.time.LocalDate;
import java.util.List;
import org.annalist.analysis.Analysis;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.annalist.corpus.Article;
import org.annalist.corpus.Sources;
import org.annalist.events.Event;
import org.annalist.render.Canvas2D;

/**
 * Draws a complete, static timeline picture (title, time axis, lanes, marks, legend, footer listing
 * the source articles) onto any {@link Canvas2D}: the PNG and SVG exports use it.
 */
public final class TimelineRenderer {

    private static final double TITLE_BAND = 84;
    private static final double LANE_HEIGHT = 28;
    private static final double FOOTER_LINE = 16;
    private static final int FOOTER_MAX = 40;
    /** Room right of the plot, for the last axis label (marks stay inside the plot). */
    private static final double RIGHT_MARGIN = 28;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private TimelineRenderer() {
    }

    /** The height the picture needs at this width. */
    public static double preferredHeight(Analysis analysis, List<Event> shown, double width) {
        return preferredHeight(analysis, shown, width, null, null);
    }

    /** The height the picture of {@code from..to} needs at this width. */
    public static double preferredHeight(Analysis analysis, List<Event> shown, double width, LocalDate from, LocalDate to) {
        List<Event> placed = LaneIndex.build(analysis, shown, LaneMode.ACTOR).events();
        LaneIndex index = LaneIndex.build(analysis, drawn(placed, DrawnRange.of(placed, from, to)), LaneMode.ACTOR);
        int legendRows = 1 + (int) (shown.stream().map(Event::type).distinct().count() * 110 / Math.max(200, width - 40));
        int footer = Math.min(analysis.articles().size(), FOOTER_MAX) + 1;
        return TITLE_BAND + 36 + Math.max(1, index.lanes().size()) * LANE_HEIGHT + 24 + legendRows * 20 + 16
                + footer * FOOTER_LINE + 24;
    }

    /** The picture with the default caption (the date range it covers). */
    public static void render(Canvas2D canvas, Analysis analysis, List<Event> shown, String title,
                              LocalDate from, LocalDate to) {
        render(canvas, analysis, shown, title, null, from, to);
    }

    /**
     * @param caption the line under the title, or {@code null}/blank for the date range covered
     * @param from    first day shown, or {@code null} to fit all shown events
     * @param to      last day shown, or {@code null} to fit all shown events
     */
    public static void render(Canvas2D canvas, Analysis analysis, List<Event> shown, String title, String caption,
                              LocalDate from, LocalDate to) {
        Palette.Theme t = Palette.standard().theme(false);
        canvas.fill(t.background());
        canvas.fillRect(0, 0, canvas.width(), canvas.height());
        // the dated events that have a lane; the range and the counts are about these
        List<Event> placed = LaneIndex.build(analysis, shown, LaneMode.ACTOR).events();
        DrawnRange range = DrawnRange.of(placed, from, to);
        // lanes only for actors with events in the drawn days: the others' lanes would stay empty
        LaneIndex index = LaneIndex.build(analysis, drawn(placed, range), LaneMode.ACTOR);
        double labelWidth = Math.min(180, canvas.width() * 0.2);
        TimelineGeometry g = new TimelineGeometry(labelWidth, TITLE_BAND, 36, LANE_HEIGHT,
                canvas.width() - labelWidth - RIGHT_MARGIN);
        boolean asked = from != null || to != null;
        TimeScale scale = TimeScale.fit(range.fromDay(), range.toDay(), g.plotWidth(), asked ? 0 : 16);

        double textWidth = canvas.width() - 40;
        canvas.fill(t.text());
        canvas.font(20, true);
        canvas.fillText(TimelinePainter.fit(canvas, title, textWidth), 20, 32);
        canvas.font(13, false);
        String dates = dates(range);
        canvas.fillText(TimelinePainter.fit(canvas, caption == null || caption.isBlank() ? dates : caption, textWidth),
                20, 54);
        canvas.font(12, false);
        canvas.fill(t.muted());
        canvas.fillText(TimelinePainter.fit(canvas, counts(placed.size(), index.lanes().size(), range, dates), textWidth), 20, 72);

        double bottom = g.height(index.lanes().size());
        TimelinePainter.paintLanes(canvas, index, g, 0, index.lanes().size() - 1, t);
        TimelinePainter.paintAxis(canvas, scale, g, bottom, t);
        List<Mark> marks = MarkLayout.layout(index, scale, g, 0, index.lanes().size() - 1);
        TimelinePainter.paintMarks(canvas, index, marks, g, TimelineStyle.plain());
        double y = bottom + 16;
        y += Legend.paint(canvas, 20, y, canvas.width() - 40, ColourMode.TYPE, index.events(), t) + 8;
        paintFooter(canvas, analysis, y, t);
    }

    /** The events drawn in {@code range}. */
    private static List<Event> drawn(List<Event> shown, DrawnRange range) {
        return shown.stream().filter(range::covers).toList();
    }

    /** The dates these events span, in words: the default caption of a picture. */
    public static String dates(List<Event> shown) {
        return shown.stream().anyMatch(Event::isDated) ? dates(DrawnRange.of(shown, null, null)) : "undated events";
    }

    /** "3 October 2016 to 28 October 2016" */
    static String dates(DrawnRange range) {
        LocalDate first = LocalDate.ofEpochDay((long) Math.floor(range.fromDay()));
        LocalDate last = LocalDate.ofEpochDay((long) Math.ceil(range.toDay()) - 1);
        return first.equals(last) ? DAY.format(first) : DAY.format(first) + " to " + DAY.format(last);
    }

    /** "77 dated events · 12 actors", with the events outside the drawn dates counted. */
    static String counts(int dated, int actors, DrawnRange range, String dates) {
        StringBuilder s = new StringBuilder();
        s.append(dated).append(dated == 1 ? " dated event" : " dated events");
        if (range.outside() > 0) {
            s.append(", ").append(dated - range.outside()).append(" of them from ").append(dates).append(" (")
                    .append(range.outsideWords(", ")).append(" not drawn)");
        }
        return s.append(" \u00b7 ").append(actors).append(" actors").toString();
    }

    /** Lists the source articles under the picture, so a printed timeline cites its sources. */
    static void paintFooter(Canvas2D canvas, Analysis analysis, double y, Palette.Theme t) {
        canvas.fill(t.text());
        canvas.font(12, true);
        canvas.fillText("Sources", 20, y + 12);
        canvas.font(11, false);
        canvas.fill(t.muted());
        List<Article> articles = analysis.articles();
        for (int i = 0; i < Math.min(articles.size(), FOOTER_MAX); i++) {
            canvas.fillText(TimelinePainter.fit(canvas, describe(articles.get(i)), canvas.width() - 40), 20,
                    y + 12 + (i + 1) * FOOTER_LINE);
        }
        if (articles.size() > FOOTER_MAX) {
            canvas.fillText("… and " + (articles.size() - FOOTER_MAX) + " more", 20,
                    y + 12 + (FOOTER_MAX + 1) * FOOTER_LINE);
        }
    }

    /** "2016-10-23 · outlet · title · url" for the footer: the outlet, never a file id. */
    public static String describe(Article a) {
        return Sources.cite(a);
    }
    /** Same footer, for the graph picture. */
    public static void footer(Canvas2D canvas, Analysis analysis, double y) {
        paintFooter(canvas, analysis, y, Palette.standard().theme(false));
    }

    /** Height of the footer for {@code analysis}. */
    public static double footerHeight(Analysis analysis) {
        return (Math.min(analysis.articles().size(), FOOTER_MAX) + 2) * FOOTER_LINE + 12;
    }
}
