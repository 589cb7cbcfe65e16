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
 * @param shown the events to draw (the current filters already applied)
 * @param from  first day of the timeline window, or {@code null} for the whole range
 * @param to    last day of the timeline window, or {@code null} for the whole range
 */
public record Picture(View view, Analysis analysis, List<Event> shown, String title, LocalDate from, LocalDate to) {

    public static final int MAX_PIXELS = 64_000_000;

    public Picture {
        shown = List.copyOf(shown);
        title = title == null ? "" : title;
    }

    /** The whole timeline or graph of these events. */
    public static Picture of(View view, Analysis analysis, List<Event> shown, String title) {
        return new Picture(view, analysis, shown, title, null, null);
    }

    /** The height, in logical pixels, the painter wants at this width. */
    public double height(double width) {
        double h = view == View.TIMELINE
                ? TimelineRenderer.preferredHeight(analysis, shown, width)
                : GraphRenderer.preferredHeight(analysis, shown, width);
        return Math.max(1, Math.ceil(h));
    }

    public void paint(Canvas2D canvas) {
        if (view == View.TIMELINE) {
            TimelineRenderer.render(canvas, analysis, shown, title, from, to);
        } else {
            GraphRenderer.render(canvas, analysis, shown, title);
        }
    }

    /** An image exactly {@code width*scale} pixels wide, drawn at that resolution. */
    public BufferedImage toImage(int width, int scale) {
        double height = height(width);
        if ((double) width * scale * height * scale > MAX_PIXELS) {
            throw new IllegalArgumentException("image too large: " + width * scale + " x "
                    + (long) (height * scale) + " pixels");
        }
        AwtCanvas2D canvas = new AwtCanvas2D(width, height, scale);
        try {
            paint(canvas);
        } finally {
            canvas.dispose();
        }
        return canvas.image();
    }

    public String toSvg(int width) {
        SvgCanvas2D canvas = new SvgCanvas2D(width, height(width));
        paint(canvas);
        return canvas.toSvg(title);
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
