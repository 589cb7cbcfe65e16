package org.annalist.bench;

import org.annalist.render.Canvas2D;
import org.annalist.render.Rgba;

/**
 * A surface that draws nothing but counts calls: timing a painter on it measures the painter's own
 * work (layout, culling, text measuring) apart from rasterisation.
 */
public final class NoopCanvas implements Canvas2D {

    private final double width;
    private final double height;
    private long calls;

    public NoopCanvas(double width, double height) {
        this.width = width;
        this.height = height;
    }

    /** Drawing calls made so far (shapes and text). */
    public long calls() {
        return calls;
    }

    @Override public double width() { return width; }
    @Override public double height() { return height; }
    @Override public void fill(Rgba colour) { }
    @Override public void stroke(Rgba colour) { }
    @Override public void lineWidth(double w) { }
    @Override public void dashes(double... pattern) { }
    @Override public void font(double size, boolean bold) { }
    /** A fixed-advance estimate, so that layout code sees plausible widths. */
    @Override public double textWidth(String text) { return text.length() * 7.0; }
    @Override public void fillRect(double x, double y, double w, double h) { calls++; }
    @Override public void strokeRect(double x, double y, double w, double h) { calls++; }
    @Override public void fillRoundRect(double x, double y, double w, double h, double arc) { calls++; }
    @Override public void strokeLine(double x1, double y1, double x2, double y2) { calls++; }
    @Override public void fillOval(double x, double y, double w, double h) { calls++; }
    @Override public void strokeOval(double x, double y, double w, double h) { calls++; }
    @Override public void fillPolygon(double[] xs, double[] ys) { calls++; }
    @Override public void fillText(String text, double x, double y) { calls++; }
    @Override public void save() { }
    @Override public void restore() { }
    @Override public void clip(double x, double y, double w, double h) { }
}
