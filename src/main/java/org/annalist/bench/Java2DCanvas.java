package org.annalist.bench;

import java.awt.AlphaComposite;
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
 * A Java2D surface over an antialiased ARGB image, headless, for timing how long a painter's
 * output takes to rasterise on the CPU (a lower bound for the window's own pipeline).
 */
public final class Java2DCanvas implements Canvas2D {

    private final BufferedImage image;
    private Graphics2D g;
    private final Deque<State> saved = new ArrayDeque<>();
    private Color fill = Color.BLACK;
    private Color stroke = Color.BLACK;
    private float lineWidth = 1;
    private float[] dashes;

    public Java2DCanvas(int width, int height) {
        image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setComposite(AlphaComposite.SrcOver);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    }

    public BufferedImage image() {
        return image;
    }

    @Override public double width() { return image.getWidth(); }
    @Override public double height() { return image.getHeight(); }

    @Override public void fill(Rgba c) { fill = awt(c); }
    @Override public void stroke(Rgba c) { stroke = awt(c); }

    @Override public void lineWidth(double w) {
        lineWidth = (float) w;
        applyStroke();
    }

    @Override public void dashes(double... pattern) {
        dashes = null;
        if (pattern.length > 0) {
            dashes = new float[pattern.length];
            for (int i = 0; i < pattern.length; i++) {
                dashes[i] = (float) pattern[i];
            }
        }
        applyStroke();
    }

    @Override public void font(double size, boolean bold) {
        g.setFont(new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size));
    }

    @Override public double textWidth(String text) {
        return g.getFontMetrics().getStringBounds(text, g).getWidth();
    }

    @Override public void fillRect(double x, double y, double w, double h) { fillShape(new Rectangle2D.Double(x, y, w, h)); }
    @Override public void strokeRect(double x, double y, double w, double h) { strokeShape(new Rectangle2D.Double(x, y, w, h)); }
    @Override public void fillRoundRect(double x, double y, double w, double h, double arc) {
        fillShape(new RoundRectangle2D.Double(x, y, w, h, arc, arc));
    }
    @Override public void strokeLine(double x1, double y1, double x2, double y2) { strokeShape(new Line2D.Double(x1, y1, x2, y2)); }
    @Override public void fillOval(double x, double y, double w, double h) { fillShape(new Ellipse2D.Double(x, y, w, h)); }
    @Override public void strokeOval(double x, double y, double w, double h) { strokeShape(new Ellipse2D.Double(x, y, w, h)); }

    @Override public void fillPolygon(double[] xs, double[] ys) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < xs.length; i++) {
            if (i == 0) {
                p.moveTo(xs[i], ys[i]);
            } else {
                p.lineTo(xs[i], ys[i]);
            }
        }
        p.closePath();
        fillShape(p);
    }

    @Override public void fillText(String text, double x, double y) {
        g.setColor(fill);
        g.drawString(text, (float) x, (float) y);
    }

    /** What {@link #save()} keeps: the graphics holds font and clip, the fields the rest. */
    private record State(Graphics2D g, Color fill, Color stroke, float lineWidth, float[] dashes) {
    }

    @Override public void save() {
        saved.push(new State(g, fill, stroke, lineWidth, dashes));
        g = (Graphics2D) g.create();
    }

    @Override public void restore() {
        if (!saved.isEmpty()) {
            g.dispose();
            State s = saved.pop();
            g = s.g();
            fill = s.fill();
            stroke = s.stroke();
            lineWidth = s.lineWidth();
            dashes = s.dashes();
            applyStroke();
        }
    }

    @Override public void clip(double x, double y, double w, double h) {
        g.clip(new Rectangle2D.Double(x, y, w, h));
    }

    private void fillShape(java.awt.Shape s) {
        g.setColor(fill);
        g.fill(s);
    }

    private void strokeShape(java.awt.Shape s) {
        g.setColor(stroke);
        g.draw(s);
    }

    private void applyStroke() {
        g.setStroke(new BasicStroke(lineWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, dashes, 0));
    }

    private static Color awt(Rgba c) {
        return new Color(c.red(), c.green(), c.blue(), (int) Math.round(c.alpha() * 255));
    }
}
