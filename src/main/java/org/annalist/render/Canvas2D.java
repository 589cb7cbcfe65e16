package org.annalist.render;

/**
 * A minimal 2D drawing surface, so that one painter draws the timeline and the actor graph onto a
 * JavaFX canvas (the window), a Java2D image (PNG export, headless) and SVG (vector export).
 * Coordinates are in logical pixels; scaling for 2x/3x output is the surface's business.
 * Text is drawn with its baseline at {@code y}.
 */
public interface Canvas2D {

    double width();

    double height();

    void fill(Rgba colour);

    void stroke(Rgba colour);

    void lineWidth(double width);

    /** Dash pattern for following strokes; no arguments for solid lines. */
    void dashes(double... pattern);

    void font(double size, boolean bold);

    double textWidth(String text);

    void fillRect(double x, double y, double w, double h);

    void strokeRect(double x, double y, double w, double h);

    void fillRoundRect(double x, double y, double w, double h, double arc);

    void strokeLine(double x1, double y1, double x2, double y2);

    void fillOval(double x, double y, double w, double h);

    void strokeOval(double x, double y, double w, double h);

    void fillPolygon(double[] xs, double[] ys);

    void fillText(String text, double x, double y);

    /** Saves fill, stroke, font, dashes and clip. */
    void save();

    void restore();

    /** Intersects the clip with this rectangle until the matching {@link #restore()}. */
    void clip(double x, double y, double w, double h);

    /**
     * Marks the start of one logical item (an event mark, a node, an edge); vector surfaces wrap
     * what follows in an element carrying this class and id. Raster surfaces ignore it.
     */
    default void beginItem(String kind, String id) {
    }

    default void endItem() {
    }
}
