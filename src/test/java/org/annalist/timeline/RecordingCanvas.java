package org.annalist.timeline;

import java.util.ArrayList;
import java.util.List;
import org.annalist.render.Canvas2D;
import org.annalist.render.Rgba;

/** A Canvas2D that draws nothing and remembers items and texts, for tests and benchmarks. */
public final class RecordingCanvas implements Canvas2D {

    public final List<String> items = new ArrayList<>();
    public final List<String> texts = new ArrayList<>();
    /** Where each text went: {x, baseline y, width, font size}, in the order of {@link #texts}. */
    public final List<double[]> textBoxes = new ArrayList<>();
    public int shapes;
    private final double width;
    private final double height;
    private double fontSize = 12;

    public RecordingCanvas(double width, double height) {
        this.width = width;
        this.height = height;
    }

    @Override public double width() { return width; }
    @Override public double height() { return height; }
    @Override public void fill(Rgba colour) { }
    @Override public void stroke(Rgba colour) { }
    @Override public void lineWidth(double w) { }
    @Override public void dashes(double... pattern) { }
    @Override public void font(double size, boolean bold) { fontSize = size; }
    @Override public double textWidth(String text) { return text.length() * fontSize * 0.55; }
    @Override public void fillRect(double x, double y, double w, double h) { shapes++; }
    @Override public void strokeRect(double x, double y, double w, double h) { shapes++; }
    @Override public void fillRoundRect(double x, double y, double w, double h, double arc) { shapes++; }
    @Override public void strokeLine(double x1, double y1, double x2, double y2) { shapes++; }
    @Override public void fillOval(double x, double y, double w, double h) { shapes++; }
    @Override public void strokeOval(double x, double y, double w, double h) { shapes++; }
    @Override public void fillPolygon(double[] xs, double[] ys) { shapes++; }
    @Override public void fillText(String text, double x, double y) {
        texts.add(text);
        textBoxes.add(new double[] {x, y, textWidth(text), fontSize});
    }
    @Override public void save() { }
    @Override public void restore() { }
    @Override public void clip(double x, double y, double w, double h) { }
    @Override public void beginItem(String kind, String id) { items.add(kind + ":" + id); }

    public long count(String kind) {
        return items.stream().filter(i -> i.startsWith(kind + ":")).count();
    }
}
