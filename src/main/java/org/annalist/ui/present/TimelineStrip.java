package org.annalist.ui.present;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.annalist.events.Event;

/**
 * A compact, high-contrast time strip under the slide, centred on the current event and wide enough
 * to show its five neighbours on each side: events as dots, the current one large and bright, vague
 * dates as bars, the first and last days of the window as labels.
 */
final class TimelineStrip extends Canvas {

    private static final Color BACKGROUND = Color.web("#000000");
    private static final Color AXIS = Color.web("#9e9e9e");
    private static final Color MARK = Color.web("#e0e0e0");
    private static final Color CURRENT = Color.web("#ffd54f");
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private static final int NEIGHBOURS = 5;

    private final PresentationModel model;
    /** The height the slide asks for; the layout sizes the strip to it (a set height was overridden). */
    private double wanted = 90;

    TimelineStrip(PresentationModel model) {
        this.model = model;
        widthProperty().addListener(o -> draw());
        heightProperty().addListener(o -> draw());
    }

    @Override
    public boolean isResizable() {
        return true;
    }

    @Override
    public double prefWidth(double h) {
        return 800;
    }

    @Override
    public double maxWidth(double h) {
        return Double.MAX_VALUE;
    }

    @Override
    public double minWidth(double h) {
        return 40;
    }

    @Override
    public double prefHeight(double w) {
        return wanted;
    }

    @Override
    public double minHeight(double w) {
        return wanted;
    }

    /** Sizes the strip for a slide {@code slideHeight} px high: 12% of it, labels about 28 px at 1080p. */
    void fitTo(double slideHeight) {
        wanted = Math.max(70, slideHeight * 0.12);
        if (getParent() != null) {
            getParent().requestLayout();
        }
    }

    @Override
    public void resize(double w, double h) {
        setWidth(w);
        setHeight(h);
    }

    void draw() {
        GraphicsContext g = getGraphicsContext2D();
        double w = getWidth();
        double h = getHeight();
        g.setFill(BACKGROUND);
        g.fillRect(0, 0, w, h);
        List<Event> all = model.events();
        if (all.isEmpty() || w < 40) {
            return;
        }
        Event current = model.current();
        long centre = mid(current);
        long half = halfWidth(all, model.index(), centre);
        LocalDate from = LocalDate.ofEpochDay(centre - half);
        LocalDate to = LocalDate.ofEpochDay(centre + half);
        double days = 2.0 * half + 1;
        double left = 40;
        double right = w - 40;
        double axis = h * 0.45;
        g.setStroke(AXIS);
        g.setLineWidth(2);
        g.strokeLine(left, axis, right, axis);
        g.setFill(AXIS);
        g.setFont(Font.font("System", labelSize()));
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(LABEL.format(from), left, h - 8);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(LABEL.format(to), right, h - 8);
        g.save();
        g.beginPath();
        g.rect(left - 12, 0, right - left + 24, h);
        g.clip();
        for (Event e : model.visible()) {
            double x0 = left + (right - left) * ChronoUnit.DAYS.between(from, e.date().start()) / days;
            double x1 = left + (right - left) * (ChronoUnit.DAYS.between(from, e.date().end()) + 1) / days;
            boolean now = e == current;
            g.setFill(now ? CURRENT : MARK);
            if (x1 - x0 > 8) {
                g.fillRect(x0, axis - 4, x1 - x0, 8);
            }
            double r = now ? Math.max(9, h * 0.14) : Math.max(4, h * 0.06);
            double cx = (x0 + x1) / 2;
            g.fillOval(cx - r, axis - r, 2 * r, 2 * r);
        }
        g.restore();
    }

    /** The size in px of the strip's date labels. */
    double labelSize() {
        return Math.max(14, getHeight() * 0.23);
    }

    private static long mid(Event e) {
        return (e.date().start().toEpochDay() + e.date().end().toEpochDay()) / 2;
    }

    /** Half the days shown: enough to reach the fifth event on either side, so the current one sits centred. */
    static long halfWidth(List<Event> all, int index, long centre) {
        long before = centre - mid(all.get(Math.max(0, index - NEIGHBOURS)));
        long after = mid(all.get(Math.min(all.size() - 1, index + NEIGHBOURS))) - centre;
        return Math.max(3, Math.max(before, after) + 1);
    }
}
