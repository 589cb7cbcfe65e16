package org.annalist.ui.timeline;

import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.annalist.ui.canvas.CoalescedRedraw;
import org.annalist.timeline.Overview;
import org.annalist.timeline.Palette;
import org.annalist.timeline.RobustRange;
import org.annalist.timeline.TimeScale;
import org.annalist.ui.canvas.FxCanvas2D;

/**
 * The navigator under the timeline: the density of all shown events, with the visible window on
 * it. Dragging across the strip picks the visible range; dragging the window moves it, dragging
 * its edges resizes it; a click centres it; a double click fits the events. Badges at the ends
 * count the stray dates outside the fitted range and list them on click.
 */
public final class OverviewStrip extends Region {

    static final double HEIGHT = 46;
    private static final double GRIP = 6;

    private enum Drag { NONE, NEW, MOVE, LEFT, RIGHT }

    private final TimelineViewModel model;
    private final Canvas canvas = new Canvas();
    private final Button before = badge();
    private final Button after = badge();
    private Overview overview = Overview.of(java.util.List.of(), null);
    private TimeScale domain = TimeScale.exactly(0, 1, 1);
    private final CoalescedRedraw frames = new CoalescedRedraw(this::redraw);
    private Drag drag = Drag.NONE;
    private double pressX;
    private double pressFrom;
    private double pressTo;
    private boolean moved;

    public OverviewStrip(TimelineViewModel model) {
        this.model = model;
        getStyleClass().add("timeline-overview");
        setAccessibleText("Overview of all events. Drag to pick the visible range.");
        getChildren().addAll(canvas, before, after);
        before.getStyleClass().add("outside-before");
        after.getStyleClass().add("outside-after");
        before.setOnAction(e -> model.listOutside());
        after.setOnAction(e -> model.listOutside());
        model.indexProperty().addListener(o -> rebuild());
        model.scaleProperty().addListener(o -> frames.request());
        model.workspace().darkProperty().addListener(o -> frames.request());
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::onReleased);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> canvas.setCursor(cursorAt(e.getX())));
        rebuild();
    }

    private static Button badge() {
        Button b = new Button();
        b.getStyleClass().addAll("outside-badge", "small", "flat");
        b.setFocusTraversable(false);
        b.setMinWidth(USE_PREF_SIZE);
        return b;
    }

    private void rebuild() {
        RobustRange r = model.rangeProperty().get();
        overview = Overview.of(model.index().events(), r);
        before.setVisible(r != null && !r.before().isEmpty());
        after.setVisible(r != null && !r.after().isEmpty());
        if (r != null) {
            before.setText("◂ " + r.before().size());
            after.setText(r.after().size() + " ▸");
            Tooltip tip = new Tooltip(r.describeOutside() + ". Click to list them; Home shows all.");
            before.setTooltip(tip);
            after.setTooltip(tip);
        }
        requestLayout();
        frames.request();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double left = TimelineSkin.LABEL_WIDTH;
        double bw = before.prefWidth(-1);
        double aw = after.prefWidth(-1);
        before.resizeRelocate(Math.max(0, left - bw - 4), (h - before.prefHeight(-1)) / 2, bw, before.prefHeight(-1));
        double plot = Math.max(10, w - left - TimelineSkin.RIGHT_GAP);
        canvas.relocate(left, 0);
        canvas.setWidth(plot);
        canvas.setHeight(h);
        after.resizeRelocate(Math.min(w - aw, left + plot + 2), (h - after.prefHeight(-1)) / 2, aw,
                after.prefHeight(-1));
        redraw();
    }

    @Override
    protected double computePrefHeight(double width) {
        return HEIGHT;
    }

    @Override
    protected double computeMinHeight(double width) {
        return HEIGHT;
    }

    /** Draws the strip now. */
    void redraw() {
        frames.done();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w < 2 || h < 2) {
            return;
        }
        TimeScale s = model.scale();
        if (drag == Drag.NONE) {
            // the domain stays put while dragging, so the strip does not slide under the pointer
            double[] d = overview.domain(s.startDay(), s.endDay());
            domain = TimeScale.exactly(d[0], d[1], w);
        }
        boolean dark = model.workspace().darkProperty().get();
        Palette.Theme t = Palette.standard().theme(dark);
        FxCanvas2D c = new FxCanvas2D(canvas.getGraphicsContext2D(), w, h);
        c.fill(t.background());
        c.fillRect(0, 0, w, h);
        overview.paint(c, 0, 0, w, h, domain, s.startDay(), s.endDay(), t);
    }

    private double windowX(double day) {
        return domain.x(day);
    }

    private Cursor cursorAt(double x) {
        return switch (dragAt(x)) {
            case LEFT, RIGHT -> Cursor.H_RESIZE;
            case MOVE -> Cursor.MOVE;
            default -> Cursor.CROSSHAIR;
        };
    }

    private Drag dragAt(double x) {
        TimeScale s = model.scale();
        double x1 = windowX(s.startDay());
        double x2 = windowX(s.endDay());
        if (Math.abs(x - x1) <= GRIP && x2 - x1 > 2 * GRIP) {
            return Drag.LEFT;
        }
        if (Math.abs(x - x2) <= GRIP && x2 - x1 > 2 * GRIP) {
            return Drag.RIGHT;
        }
        return x > x1 && x < x2 ? Drag.MOVE : Drag.NEW;
    }

    private void onPressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (e.getClickCount() == 2) {
            model.fit();
            return;
        }
        drag = dragAt(e.getX());
        pressX = e.getX();
        pressFrom = model.scale().startDay();
        pressTo = model.scale().endDay();
        moved = false;
    }

    private void onDragged(MouseEvent e) {
        if (drag == Drag.NONE) {
            return;
        }
        moved |= Math.abs(e.getX() - pressX) > 2;
        if (!moved) {
            return;
        }
        double x = Math.max(0, Math.min(canvas.getWidth(), e.getX()));
        double day = domain.day(x);
        double delta = (x - pressX) * domain.daysPerPixel();
        switch (drag) {
            case NEW -> model.showExactly(Math.min(domain.day(pressX), day), Math.max(domain.day(pressX), day));
            case MOVE -> model.showExactly(pressFrom + delta, pressTo + delta);
            case LEFT -> model.showExactly(Math.min(day, pressTo - 1), pressTo);
            case RIGHT -> model.showExactly(pressFrom, Math.max(day, pressFrom + 1));
            default -> {
            }
        }
        redraw();
    }

    private void onReleased(MouseEvent e) {
        if (drag != Drag.NONE && !moved) {
            // a click centres the window on the clicked day, keeping its length
            double half = (pressTo - pressFrom) / 2;
            double day = domain.day(e.getX());
            model.showExactly(day - half, day + half);
        }
        drag = Drag.NONE;
        frames.request();
    }

    /** The x in this strip's coordinates where {@code epochDay} is drawn (for tests and tooltips). */
    public double xOf(double epochDay) {
        return canvas.getLayoutX() + domain.x(epochDay);
    }

    /** The day under x in this strip's coordinates. */
    public double dayAt(double x) {
        return domain.day(x - canvas.getLayoutX());
    }
}
