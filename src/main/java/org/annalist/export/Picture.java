package org.annalist.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.annalist.analysis.Analysis;
import org.annalist.events.Event;
import org.annalist.graph.GraphRenderer;
import org.annalist.render.Canvas2D;
import org.annalist.timeline.TimelineRenderer;

/**
 * One static picture of the timeline or the actor graph, ready to be drawn onto any surface: a PNG
 * at 1x/2x/3x or an SVG. The painters ({@link TimelineRenderer}, {@link GraphRenderer}) decide what
 * is drawn; this class only sizes and routes.
 *
 * <p>Wider than {@link #LAYOUT_WIDTH}, a picture is laid out at that width and enlarged to the width
 * asked for, so text keeps its size relative to the picture: 3840 px wide is a 4K picture with
 * 4K-sized text, not a 1920 one with 12 px text on a huge canvas.
 *
 * @param title   the heading; blank for the painter's default
 * @param caption the line under it; {@code null} or blank for the date range the picture covers
 * @param shown   the events to draw (the current filters already applied)
 * @param from    first day of the timeline window, or {@code null} for the whole range
 * @param to      last day of the timeline window, or {@code null} for the whole range
 */
public record Picture(View view, Analysis analysis, List<Event> shown, String title, String caption,
                      LocalDate from, LocalDate to) {

    public static final int MAX_PIXELS = 64_000_000;
    /** The widest layout; wider pictures are this layout enlarged. */
    public static final int LAYOUT_WIDTH = 1920;

    public Picture {
        shown = List.copyOf(shown);
        title = title == null ? "" : title;
        caption = caption == null ? "" : caption;
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the range ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** The whole timeline or graph of these events, with the default caption. */
    public static Picture of(View view, Analysis analysis, List<Event> shown, String title) {
        return new Picture(view, analysis, shown, title, null, null, null);
    }

    /**
     * The events within {@code from..to}: those whose dates overlap the range (undated ones have no
     * place in a range). Without a range, all shown events. Data exports and the graph write these;
     * the timeline draws the range and counts the events outside it.
     */
    public List<Event> inRange() {
        if (from == null && to == null) {
            return shown;
        }
        return shown.stream().filter(Event::isDated)
                .filter(e -> from == null || !e.date().end().isBefore(from))
                .filter(e -> to == null || !e.date().start().isAfter(to)).toList();
    }

    /** How much the layout is enlarged at this output width. */
    static double zoom(int width) {
        return Math.max(1.0, width / (double) LAYOUT_WIDTH);
    }

    /** The height, in output pixels at scale 1, of the picture {@code width} pixels wide. */
    public double height(double width) {
        double zoom = zoom((int) width);
        double logical = width / zoom;
        double h = view == View.TIMELINE
                ? TimelineRenderer.preferredHeight(analysis, shown, logical, from, to)
                : GraphRenderer.preferredHeight(analysis, inRange(), logical);
        return Math.max(1, Math.ceil(h * zoom));
    }

    public void paint(Canvas2D canvas) {
        if (view == View.TIMELINE) {
            TimelineRenderer.render(canvas, analysis, shown, title, caption, from, to);
        } else {
            GraphRenderer.render(canvas, analysis, inRange(), title, caption);
        }
    }

    /** An image exactly {@code width*scale} pixels wide, drawn at that resolution. */
    public BufferedImage toImage(int width, int scale) {
        double height = height(width);
        if ((double) width * scale * height * scale > MAX_PIXELS) {
            throw new IllegalArgumentException("image too large: " + width * scale + " x "
                    + (long) (height * scale) + " pixels");
        }
        double zoom = zoom(width);
        AwtCanvas2D canvas = new AwtCanvas2D(width / zoom, height / zoom, scale * zoom);
        try {
            paint(canvas);
        } finally {
            canvas.dispose();
        }
        return canvas.image();
    }

    /** The picture as SVG, {@code width} wide; its viewBox is the layout, so text keeps its proportion. */
    public String toSvg(int width) {
        double zoom = zoom(width);
        double height = height(width);
        SvgCanvas2D canvas = new SvgCanvas2D(width / zoom, height / zoom);
        paint(canvas);
        return canvas.toSvg(title, width, height);
    }

    public void writePng(Path out, int width, int scale) throws IOException {
        BufferedImage image = toImage(width, scale);
        AtomicFiles.write(out, o -> {
            if (!ImageIO.write(image, "png", o)) {
                throw new IOException("no PNG writer available");
            }
        });
    }

    public void writeSvg(Path out, int width) throws IOException {
        byte[] bytes = toSvg(width).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(out, o -> o.write(bytes));
    }
}
