package org.annalist.ui.canvas;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.annalist.render.Canvas2D;
import org.annalist.render.Rgba;

/** {@link Canvas2D} on a JavaFX canvas, so the window draws with the same painters as the exports. */
public final class FxCanvas2D implements Canvas2D {

    private static final String FAMILY = Font.getDefault().getFamily();

    private final GraphicsContext g;
    private final double width;
    private final double height;
    private final Text measure = new Text();
    private Font font = Font.font(FAMILY, 12);

    public FxCanvas2D(GraphicsContext g, double width, double height) {
        this.g = g;
        this.width = width;
        this.height = height;
        g.setTextBaseline(VPos.BASELINE);
        g.setLineCap(StrokeLineCap.BUTT);
        g.setFont(font);
    }

    public static Color fx(Rgba c) {
        return Color.rgb(c.red(), c.green(), c.blue(), c.alpha());
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
        g.setFill(fx(colour));
    }

    @Override
    public void stroke(Rgba colour) {
        g.setStroke(fx(colour));
    }

    @Override
    public void lineWidth(double w) {
        g.setLineWidth(w);
    }

    @Override
    public void dashes(double... pattern) {
        g.setLineDashes(pattern.length == 0 ? null : pattern);
    }

    @Override
    public void font(double size, boolean bold) {
        font = Font.font(FAMILY, bold ? FontWeight.BOLD : FontWeight.NORMAL, size);
        g.setFont(font);
    }

    @Override
    public double textWidth(String text) {
        measure.setFont(font);
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        g.fillRect(x, y, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        g.strokeRect(x, y, w, h);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc) {
        g.fillRoundRect(x, y, w, h, arc, arc);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        g.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        g.fillOval(x, y, w, h);
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        g.strokeOval(x, y, w, h);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys) {
        g.fillPolygon(xs, ys, Math.min(xs.length, ys.length));
    }

    @Override
    public void fillText(String text, double x, double y) {
        g.fillText(text, x, y);
    }

    @Override
    public void save() {
        g.save();
    }

    @Override
    public void restore() {
        g.restore();
        // the font is part of the saved state; keep our measuring font in step
        font = g.getFont();
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        g.beginPath();
        g.rect(x, y, w, h);
        g.closePath();
        g.clip();
    }
}
