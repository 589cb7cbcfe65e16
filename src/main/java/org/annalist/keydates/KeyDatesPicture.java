package org.annalist.keydates;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.annalist.export.AtomicFiles;
import org.annalist.export.AwtCanvas2D;
import org.annalist.render.Canvas2D;
import org.annalist.render.Rgba;
import org.annalist.timeline.Palette;

/**
 * The key dates as a picture to hand out: a strip placing each day in time (flagged with its rank),
 * then the days in date order, each with its date, article count and whole one-line summary, wrapped
 * at word boundaries and never cut. Its height follows from the wrapped text.
 *
 * @param dates    the key dates, best first (rank 1 first)
 * @param articles how many articles the corpus has, for the caption
 */
public record KeyDatesPicture(List<KeyDate> dates, int articles) {

    /** Logical width of the exported picture (written at 2x). */
    public static final int WIDTH = 1200;
    /** The key-date colour, shared with the layer on the window's timeline. */
    public static final Rgba AMBER = Rgba.parse("#E39B17");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    /** Shown for a day no sentence summarises (only events carrying the publication date). */
    static final String NO_SUMMARY = "(no sentence names this day)";
    private static final double MARGIN = 32;
    private static final double STRIP_TOP = 84;
    private static final double LIST_TOP = 150;
    private static final double INDENT = 44;
    private static final double SUMMARY_SIZE = 14;
    private static final double LINE = 20;
    private static final double ROW_GAP = 14;

    public KeyDatesPicture {
        dates = List.copyOf(dates);
    }

    public static KeyDatesPicture of(org.annalist.analysis.Analysis analysis, List<KeyDate> dates) {
        return new KeyDatesPicture(dates, analysis == null ? 0 : analysis.articles().size());
    }

    /** One day of the list: its rank and its summary broken into lines that fit. */
    record Row(int rank, KeyDate date, List<String> lines) {
    }

    /** The days in date order, summaries wrapped to the text width at {@code width}. */
    List<Row> rows(Canvas2D measure, double width) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            measure.font(SUMMARY_SIZE, false);
            String summary = dates.get(i).summary().isBlank() ? NO_SUMMARY : dates.get(i).summary();
            rows.add(new Row(i + 1, dates.get(i), wrap(measure, summary, width - 2 * MARGIN - INDENT)));
        }
        rows.sort(Comparator.comparing(r -> r.date().date()));
        return rows;
    }

    /** Greedy word wrap; a word wider than the line is split between characters, never dropped. */
    static List<String> wrap(Canvas2D c, String text, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String tried = line.isEmpty() ? word : line + " " + word;
            if (c.textWidth(tried) <= width) {
                line.setLength(0);
                line.append(tried);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (c.textWidth(rest) > width && rest.length() > 1) {
                int n = rest.length() - 1;
                while (n > 1 && c.textWidth(rest.substring(0, n)) > width) {
                    n--;
                }
                lines.add(rest.substring(0, n));
                rest = rest.substring(n);
            }
            line.append(rest);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The height the picture needs at {@code width}. */
    public double height(double width) {
        AwtCanvas2D measure = new AwtCanvas2D(1, 1, 1);
        try {
            double h = LIST_TOP;
            for (Row r : rows(measure, width)) {
                h += LINE + r.lines().size() * LINE + ROW_GAP;
            }
            return Math.max(LIST_TOP + 40, h + MARGIN);
        } finally {
            measure.dispose();
        }
    }

    public void paint(Canvas2D c) {
        Palette.Theme t = Palette.standard().theme(false);
        double w = c.width();
        c.fill(t.background());
        c.fillRect(0, 0, w, c.height());
        c.fill(t.text());
        c.font(22, true);
        c.fillText("Key dates", MARGIN, 44);
        List<Row> rows = rows(c, w);
        c.fill(t.muted());
        c.font(13, false);
        c.fillText(caption(rows), MARGIN, 66);
        if (rows.isEmpty()) {
            return;
        }
        strip(c, rows, w, t);
        double y = LIST_TOP;
        for (Row r : rows) {
            badge(c, r.rank(), MARGIN + 12, y - 5);
            c.fill(t.text());
            c.font(15, true);
            String head = DAY.format(r.date().date());
            c.fillText(head, MARGIN + INDENT, y);
            double x = MARGIN + INDENT + c.textWidth(head);
            c.fill(t.muted());
            c.font(13, false);
            c.fillText("  ·  " + r.date().articles() + " articles", x, y);
            c.fill(t.text());
            c.font(SUMMARY_SIZE, false);
            for (String line : r.lines()) {
                y += LINE;
                c.fillText(line, MARGIN + INDENT, y);
            }
            y += LINE + ROW_GAP;
        }
    }

    private String caption(List<Row> rows) {
        if (rows.isEmpty()) {
            return "No key dates: no day is referred to.";
        }
        return rows.size() + (rows.size() == 1 ? " day" : " days") + " that matter" + (articles > 0 ? " in " + articles
                + " articles" : "") + ", " + DAY.format(rows.get(0).date().date()) + " to "
                + DAY.format(rows.get(rows.size() - 1).date().date()) + "; numbered by rank, listed by date";
    }

    /** A line through the span of the key days with a flag per day. */
    private void strip(Canvas2D c, List<Row> rows, double w, Palette.Theme t) {
        LocalDate first = rows.get(0).date().date();
        LocalDate last = rows.get(rows.size() - 1).date().date();
        double days = Math.max(1, last.toEpochDay() - first.toEpochDay());
        double left = MARGIN + 12;
        double right = w - MARGIN - 12;
        double y = STRIP_TOP + 20;
        c.stroke(t.grid());
        c.lineWidth(2);
        c.strokeLine(left - 8, y, right + 8, y);
        for (int i = rows.size() - 1; i >= 0; i--) {
            Row r = rows.get(i);
            double x = left + (right - left) * (r.date().date().toEpochDay() - first.toEpochDay()) / days;
            c.fill(AMBER);
            c.fillRect(x - 1, y - 10, 2, 10);
            badge(c, r.rank(), x, y - 18);
        }
        c.fill(t.muted());
        c.font(12, false);
        c.fillText(DAY.format(first), left - 8, y + 20);
        String end = DAY.format(last);
        c.fillText(end, right + 8 - c.textWidth(end), y + 20);
    }

    private static void badge(Canvas2D c, int rank, double centreX, double centreY) {
        String label = String.valueOf(rank);
        c.font(11, true);
        double bw = Math.max(18, c.textWidth(label) + 8);
        c.fill(AMBER);
        c.fillRoundRect(centreX - bw / 2, centreY - 8, bw, 16, 8);
        c.fill(Rgba.parse("#FFFFFF"));
        c.fillText(label, centreX - c.textWidth(label) / 2, centreY + 4);
    }

    /** An image {@code width*scale} pixels wide. */
    public BufferedImage toImage(int width, int scale) {
        double height = height(width);
        AwtCanvas2D canvas = new AwtCanvas2D(width, height, scale);
        try {
            paint(canvas);
        } finally {
            canvas.dispose();
        }
        return canvas.image();
    }

    public void writePng(Path out, int width, int scale) throws IOException {
        BufferedImage image = toImage(width, scale);
        AtomicFiles.write(out, o -> {
            if (!ImageIO.write(image, "png", o)) {
                throw new IOException("no PNG writer available");
            }
        });
    }
}
