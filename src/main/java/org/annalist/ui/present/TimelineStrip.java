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
 * A compact, high-contrast time strip under the slide: every visible event as a dot on one axis,
 * the current one large and bright, vague dates as bars, the first and last dates as labels.
 */
final class TimelineStrip extends Canvas {

    private static final Color BACKGROUND = Color.web("#000000");
    private static final Color AXIS = Color.web("#9e9e9e");
    private static final Color MARK = Color.web("#e0e0e0");
    private static final Color CURRENT = Color.web("#ffd54f");
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final PresentationModel model;

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
        return 90;
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
        LocalDate from = all.get(0).date().start();
        LocalDate to = all.stream().map(e -> e.date().end()).max(LocalDate::compareTo).orElse(from);
        double days = Math.max(1, ChronoUnit.DAYS.between(from, to) + 1);
        double left = 40;
        double right = w - 40;
        double axis = h * 0.45;
        g.setStroke(AXIS);
        g.setLineWidth(2);
        g.strokeLine(left, axis, right, axis);
        g.setFill(AXIS);
        g.setFont(Font.font("System", Math.max(14, h * 0.2)));
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(LABEL.format(from), left, h - 8);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(LABEL.format(to), right, h - 8);
        Event current = model.current();
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
    }
}
