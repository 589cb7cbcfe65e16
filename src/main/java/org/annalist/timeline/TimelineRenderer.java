package org.annalist.timeline;

import java.time.LocalDate;
import java.util.List;
import org.annalist.analysis.Analysis;
import org.annalist.corpus.Article;
import org.annalist.events.Event;
import org.annalist.render.Canvas2D;

/**
 * Draws a complete, static timeline picture (title, time axis, lanes, marks, legend, footer listing
 * the source articles) onto any {@link Canvas2D}: the PNG and SVG exports use it.
 */
public final class TimelineRenderer {

    private static final double TITLE_BAND = 64;
    private static final double LANE_HEIGHT = 28;
    private static final double FOOTER_LINE = 16;
    private static final int FOOTER_MAX = 40;

    private TimelineRenderer() {
    }

    /** The height the picture needs at this width. */
    public static double preferredHeight(Analysis analysis, List<Event> shown, double width) {
        LaneIndex index = LaneIndex.build(analysis, shown, LaneMode.ACTOR);
        int legendRows = 1 + (int) (shown.stream().map(Event::type).distinct().count() * 110 / Math.max(200, width - 40));
        int footer = Math.min(analysis.articles().size(), FOOTER_MAX) + 1;
        return TITLE_BAND + 36 + Math.max(1, index.lanes().size()) * LANE_HEIGHT + 24 + legendRows * 20 + 16
                + footer * FOOTER_LINE + 24;
    }

    /**
     * @param from first day shown, or {@code null} (with {@code to}) to fit where most shown events
     *             are ({@link RobustRange}); the subtitle then counts the events left outside
     * @param to   last day shown, or {@code null}
     */
    public static void render(Canvas2D canvas, Analysis analysis, List<Event> shown, String title,
                              LocalDate from, LocalDate to) {
        Palette.Theme t = Palette.standard().theme(false);
        canvas.fill(t.background());
        canvas.fillRect(0, 0, canvas.width(), canvas.height());
        LaneIndex index = LaneIndex.build(analysis, shown, LaneMode.ACTOR);
        double labelWidth = Math.min(180, canvas.width() * 0.2);
        TimelineGeometry g = new TimelineGeometry(labelWidth, TITLE_BAND, 36, LANE_HEIGHT,
                canvas.width() - labelWidth - 20);
        // without a window, fit where most events are (as the window opens) and name the strays
        RobustRange range = RobustRange.of(index.events()).orElse(null);
        boolean fitted = from == null && to == null && range != null;
        double fromDay = from != null ? from.toEpochDay() : fitted ? range.from().toEpochDay() : index.minDay();
        double toDay = to != null ? to.toEpochDay() + 1 : fitted ? range.to().toEpochDay() + 1 : index.maxDay();
        TimeScale scale = TimeScale.fit(fromDay, toDay, g.plotWidth(), from != null ? 0 : 16);

        canvas.fill(t.text());
        canvas.font(20, true);
        canvas.fillText(title, 20, 32);
        canvas.font(12, false);
        canvas.fill(t.muted());
        canvas.fillText(scale.firstDate() + " to " + scale.lastDate() + " · " + index.events().size()
                + " dated events · " + index.lanes().size() + " actors"
                + (fitted && range.hasOutliers() ? " · not drawn: " + range.describeOutside() : ""), 20, 52);

        double bottom = g.height(index.lanes().size());
        TimelinePainter.paintLanes(canvas, index, g, 0, index.lanes().size() - 1, t);
        TimelinePainter.paintAxis(canvas, scale, g, bottom, t);
        List<Mark> marks = MarkLayout.layout(index, scale, g, 0, index.lanes().size() - 1);
        TimelinePainter.paintMarks(canvas, index, marks, g, TimelineStyle.plain());
        double y = bottom + 16;
        y += Legend.paint(canvas, 20, y, canvas.width() - 40, ColourMode.TYPE, index.events(), t) + 8;
        paintFooter(canvas, analysis, y, t);
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

    /** "2016-10-23 · Title · outlet · url" for the footer. */
    public static String describe(Article a) {
        StringBuilder s = new StringBuilder();
        s.append(a.published().isKnown() ? a.published().date().toString() : "undated");
        s.append(" · ").append(a.title().isBlank() ? a.id() : a.title());
        if (a.outlet() != null) {
            s.append(" · ").append(a.outlet());
        }
        if (a.url() != null) {
            s.append(" · ").append(a.url());
        }
        return s.toString();
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
