package org.annalist.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.Deque;
import org.annalist.render.Canvas2D;
import org.annalist.render.Rgba;

/**
 * A {@link Canvas2D} over a Java2D image. Painters draw in logical pixels; the image is
 * {@code scale} times larger and every shape and glyph is drawn at that resolution, so a 2x
 * export is as sharp as a vector rendering, not an upscale. Works with {@code java.awt.headless}.
 */
public final class AwtCanvas2D implements Canvas2D {

    private record State(Graphics2D g, Color fill, Color stroke, float lineWidth, float[] dashes) {
    }

    private final BufferedImage image;
    private final double width;
    private final double height;
    private final Deque<State> saved = new ArrayDeque<>();
    private Graphics2D g;
    private Color fill = Color.BLACK;
    private Color stroke = Color.BLACK;
    private float lineWidth = 1;
    private float[] dashes;

    /** An image of {@code ceil(width*scale)} x {@code ceil(height*scale)} pixels, transparent. */
    public AwtCanvas2D(double width, double height, double scale) {
        if (width <= 0 || height <= 0 || scale <= 0) {
            throw new IllegalArgumentException("canvas size and scale must be positive");
        }
        this.width = width;
        this.height = height;
        // a hair under the product, so that 1920 x 2.0000000001 is still 3840 pixels
        image = new BufferedImage((int) Math.ceil(width * scale - 1e-6), (int) Math.ceil(height * scale - 1e-6),
                BufferedImage.TYPE_INT_ARGB);
        g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.scale(scale, scale);
        font(12, false);
        applyStroke();
    }

    /** The drawn picture. */
    public BufferedImage image() {
        return image;
    }

    /** Releases the graphics context; the image stays usable. */
    public void dispose() {
        g.dispose();
    }

    @Override
    public double width() {
        return width;
    }

    @Override
    public double height() {
        return height;
    }

    @Override
    public void fill(Rgba colour) {
        fill = awt(colour);
    }

    @Override
    public void stroke(Rgba colour) {
        stroke = awt(colour);
    }

    @Override
    public void lineWidth(double w) {
        lineWidth = (float) Math.max(0, w);
        applyStroke();
    }

    @Override
    public void dashes(double... pattern) {
        dashes = null;
        if (pattern != null && pattern.length > 0) {
            dashes = new float[pattern.length];
            for (int i = 0; i < pattern.length; i++) {
                dashes[i] = (float) Math.max(0.01, pattern[i]);
            }
        }
        applyStroke();
    }

    @Override
    public void font(double size, boolean bold) {
        g.setFont(new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size));
    }

    @Override
    public double textWidth(String text) {
        return g.getFont().getStringBounds(text, g.getFontRenderContext()).getWidth();
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        fillShape(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        strokeShape(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc) {
        fillShape(new RoundRectangle2D.Double(x, y, w, h, arc, arc));
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        strokeShape(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        fillShape(new Ellipse2D.Double(x, y, w, h));
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        strokeShape(new Ellipse2D.Double(x, y, w, h));
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys) {
        int n = Math.min(xs.length, ys.length);
        if (n < 2) {
            return;
        }
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xs[0], ys[0]);
        for (int i = 1; i < n; i++) {
            path.lineTo(xs[i], ys[i]);
        }
        path.closePath();
        fillShape(path);
    }

    @Override
    public void fillText(String text, double x, double y) {
        g.setColor(fill);
        g.drawString(text, (float) x, (float) y);
    }

    @Override
    public void save() {
        saved.push(new State(g, fill, stroke, lineWidth, dashes));
        g = (Graphics2D) g.create();
    }

    @Override
    public void restore() {
        if (saved.isEmpty()) {
            return;
        }
        g.dispose();
        State s = saved.pop();
        g = s.g();
        fill = s.fill();
        stroke = s.stroke();
        lineWidth = s.lineWidth();
        dashes = s.dashes();
        applyStroke();
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        g.clip(new Rectangle2D.Double(x, y, w, h));
    }

    private void fillShape(java.awt.Shape shape) {
        g.setColor(fill);
        g.fill(shape);
    }

    private void strokeShape(java.awt.Shape shape) {
        g.setColor(stroke);
        g.draw(shape);
    }

    private void applyStroke() {
        g.setStroke(new BasicStroke(lineWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dashes, 0f));
    }

    private static Color awt(Rgba c) {
        return new Color(c.red(), c.green(), c.blue(), (int) Math.round(c.alpha() * 255));
    }
}
