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
    /** The clip in force for each text, {x, y, w, h}, in the order of {@link #texts}. */
    public final List<double[]> textClips = new ArrayList<>();
    /** Each filled or stroked shape: {x, y, w, h} and the clip in force {x, y, w, h}. */
    public final List<double[]> shapeBoxes = new ArrayList<>();
    /** The item each of {@link #shapeBoxes} was drawn in ("event:e12"), or "" outside items. */
    public final List<String> shapeItems = new ArrayList<>();
    private final java.util.ArrayDeque<double[]> clips = new java.util.ArrayDeque<>();
    private double[] clip;
    private String item = "";
    private final double width;
    private final double height;
    private double fontSize = 12;

    public RecordingCanvas(double width, double height) {
        this.width = width;
        this.height = height;
        this.clip = new double[] {0, 0, width, height};
    }

    @Override public double width() { return width; }
    @Override public double height() { return height; }
    @Override public void fill(Rgba colour) { }
    @Override public void stroke(Rgba colour) { }
    @Override public void lineWidth(double w) { }
    @Override public void dashes(double... pattern) { }
    @Override public void font(double size, boolean bold) { fontSize = size; }
    @Override public double textWidth(String text) { return text.length() * fontSize * 0.55; }
    @Override public void fillRect(double x, double y, double w, double h) { shape(x, y, w, h); }
    @Override public void strokeRect(double x, double y, double w, double h) { shape(x, y, w, h); }
    @Override public void fillRoundRect(double x, double y, double w, double h, double arc) { shape(x, y, w, h); }
    @Override public void strokeLine(double x1, double y1, double x2, double y2) { shapes++; }
    @Override public void fillOval(double x, double y, double w, double h) { shape(x, y, w, h); }
    @Override public void strokeOval(double x, double y, double w, double h) { shape(x, y, w, h); }
    @Override public void fillPolygon(double[] xs, double[] ys) { shapes++; }
    @Override public void fillText(String text, double x, double y) {
        texts.add(text);
        textBoxes.add(new double[] {x, y, textWidth(text), fontSize});
        textClips.add(clip.clone());
    }
    @Override public void save() { clips.push(clip.clone()); }
    @Override public void restore() { clip = clips.isEmpty() ? new double[] {0, 0, width, height} : clips.pop(); }
    @Override public void clip(double x, double y, double w, double h) {
        double x1 = Math.max(clip[0], x);
        double y1 = Math.max(clip[1], y);
        double x2 = Math.min(clip[0] + clip[2], x + w);
        double y2 = Math.min(clip[1] + clip[3], y + h);
        clip = new double[] {x1, y1, Math.max(0, x2 - x1), Math.max(0, y2 - y1)};
    }
    @Override public void beginItem(String kind, String id) { items.add(kind + ":" + id); item = kind + ":" + id; }
    @Override public void endItem() { item = ""; }

    private void shape(double x, double y, double w, double h) {
        shapes++;
        shapeBoxes.add(new double[] {x, y, w, h, clip[0], clip[1], clip[2], clip[3]});
        shapeItems.add(item);
    }

    public long count(String kind) {
        return items.stream().filter(i -> i.startsWith(kind + ":")).count();
    }
}
