package org.annalist.ui.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import org.annalist.ui.canvas.CoalescedRedraw;
import org.annalist.events.Event;
import org.annalist.timeline.LaneIndex;
import org.annalist.timeline.Legend;
import org.annalist.timeline.TimelinePainter;
import org.annalist.timeline.Mark;
import org.annalist.timeline.MarkLayout;
import org.annalist.timeline.Palette;
import org.annalist.timeline.TimelineGeometry;
import org.annalist.timeline.TimelineFrame;
import org.annalist.timeline.TimelineStyle;
import org.annalist.ui.canvas.FxCanvas2D;
import org.annalist.ui.workspace.WorkspaceViewModel;

/** Draws the timeline on a canvas and turns mouse, trackpad and keys into view-model calls. */
final class TimelineSkin extends SkinBase<TimelineControl> {

    static final double LABEL_WIDTH = 160;
    static final double AXIS_HEIGHT = 32;
    static final double LANE_HEIGHT = 26;
    /** Room right of the plot (gap and lane scroll bar); the overview strip lines up with it. */
    static final double RIGHT_GAP = 24;

    private final Canvas canvas = new Canvas();
    private final ScrollBar lanesBar = new ScrollBar();
    private final MarkTooltip tooltip;
    /** What the plot says when it has no marks: loading, nothing open, or everything filtered out. */
    private final Label placeholder = new Label();
    private final TimelineViewModel model;
    private final WorkspaceViewModel workspace;
    private List<Mark> marks = List.of();
    private TimelineGeometry geometry;
    private final CoalescedRedraw frames = new CoalescedRedraw(this::redraw);
    private double pressX;
    private double lastX;
    private boolean dragged;
    /** A small crowd under the pointer, fanned out so each of its events can be pointed at. */
    private Mark fanned;
    private List<Mark> fan = List.of();
    private double legendHeight = 26;
    private double lanesBottom;

    TimelineSkin(TimelineControl control) {
        super(control);
        this.model = control.model();
        this.workspace = model.workspace();
        lanesBar.setOrientation(Orientation.VERTICAL);
        lanesBar.setFocusTraversable(false);
        this.tooltip = new MarkTooltip(canvas, model);
        placeholder.setId("timeline-placeholder");
        placeholder.getStyleClass().add("hint");
        placeholder.setWrapText(true);
        placeholder.setMouseTransparent(true);
        getChildren().addAll(canvas, lanesBar, placeholder);
        workspace.tasks().runningProperty().addListener(o -> frames.request());
        canvas.widthProperty().addListener(o -> model.plotWidthProperty().set(plotWidth()));
        for (var p : List.of(model.scaleProperty(), model.indexProperty(), model.colourModeProperty(),
                workspace.selection().eventProperty(), workspace.matchesProperty(), workspace.darkProperty(),
                lanesBar.valueProperty(), canvas.widthProperty(), canvas.heightProperty(), control.overlayProperty())) {
            p.addListener(o -> frames.request());
        }
        workspace.selection().eventProperty().addListener((o, was, now) -> model.reveal(now));
        canvas.addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        canvas.addEventHandler(ZoomEvent.ZOOM, e -> model.zoom(e.getZoomFactor(), e.getX() - LABEL_WIDTH));
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::onReleased);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::onMoved);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            tooltip.hide();
            if (fanned != null) {
                fanned = null;
                fan = List.of();
                frames.request();
            }
        });
        control.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private double plotWidth() {
        return Math.max(10, canvas.getWidth() - LABEL_WIDTH - 8);
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double bar = lanesBar.prefWidth(-1);
        canvas.setWidth(Math.max(0, w - bar));
        canvas.setHeight(Math.max(0, h));
        canvas.relocate(x, y);
        lanesBar.resizeRelocate(x + w - bar, y, bar, h);
        placeholder.resizeRelocate(x + LABEL_WIDTH + 20, y + AXIS_HEIGHT + 24, Math.max(0, w - bar - LABEL_WIDTH - 40),
                placeholder.prefHeight(Math.max(0, w - bar - LABEL_WIDTH - 40)));
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 320;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return 120;
    }

    /** Draws one frame now; also called directly so tests see the result at once. */
    void redraw() {
        frames.done();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w < 1 || h < 1) {
            return;
        }
        LaneIndex index = model.index();
        int lanes = index.lanes().size();
        lanesBottom = h - legendHeight - 6;
        int fitting = Math.max(1, (int) ((lanesBottom - AXIS_HEIGHT) / LANE_HEIGHT));
        lanesBar.setMax(Math.max(0, lanes - fitting));
        lanesBar.setVisibleAmount(fitting);
        lanesBar.setVisible(lanes > fitting);
        int first = (int) Math.round(lanesBar.isVisible() ? lanesBar.getValue() : 0);
        // the geometry is shifted up by the scrolled lanes, so lane numbers stay the index's
        geometry = new TimelineGeometry(LABEL_WIDTH, -first * LANE_HEIGHT, AXIS_HEIGHT, LANE_HEIGHT, plotWidth());
        TimelineGeometry axis = new TimelineGeometry(LABEL_WIDTH, 0, AXIS_HEIGHT, LANE_HEIGHT, plotWidth());
        boolean dark = workspace.darkProperty().get();
        Palette.Theme theme = Palette.standard().theme(dark);
        FxCanvas2D c = new FxCanvas2D(canvas.getGraphicsContext2D(), w, h);
        Event selected = workspace.selection().event();
        TimelineStyle style = new TimelineStyle(model.colourModeProperty().get(), dark,
                selected == null ? null : selected.id(), workspace.matchesProperty().get(), false);
        TimelineOverlay overlay = getSkinnable().overlayProperty().get();
        marks = TimelineFrame.paint(c, index, model.scale(), axis, geometry, style, first, first + fitting - 1,
                overlay == null ? null : () -> overlay.paint(c, model.scale(), axis, lanesBottom, theme));
        // the fan survives a redraw only while its crowd is still drawn the same (no zoom, pan or filter since)
        fan = fanned != null && marks.contains(fanned) ? MarkLayout.fanOut(index, fanned, geometry) : List.of();
        if (fan.isEmpty()) {
            fanned = null;
        }
        c.save();
        c.clip(0, AXIS_HEIGHT, w, lanesBottom - AXIS_HEIGHT);
        TimelinePainter.paintFan(c, index, fan, geometry, style);
        c.restore();
        // the legend sits in its own band under the lanes; its height depends on the width, so adapt
        c.fill(theme.background());
        c.fillRect(0, lanesBottom, w, h - lanesBottom);
        c.stroke(theme.grid());
        c.lineWidth(1);
        c.strokeLine(0, lanesBottom + 0.5, w, lanesBottom + 0.5);
        // one row, so the lanes keep the room; the entries left out are named in its tooltip
        double used = Legend.paint(c, 10, lanesBottom + 3, w - 20, style.colourMode(), index.events(), theme, 1);
        if (Math.abs(used - legendHeight) > 0.5) {
            legendHeight = used;
            frames.request();
        }
        placeholder.setVisible(index.isEmpty());
        placeholder.setText(index.isEmpty() ? EmptyTimeline.message(workspace) : "");
    }

    List<Mark> marks() {
        return marks;
    }

    /** The dots of the crowd fanned out under the pointer, or none. */
    List<Mark> fan() {
        return fan;
    }

    /** The mark under (x, y): a dot of the hover fan first, as it is drawn on top. */
    private Mark hit(double x, double y) {
        Mark m = MarkLayout.hit(fan, x, y);
        return m != null ? m : MarkLayout.hit(marks, x, y);
    }

    /** Whether (x, y) is on the fan's backdrop, where the fan stays open. */
    private boolean onFan(double x, double y) {
        if (fan.isEmpty()) {
            return false;
        }
        Mark first = fan.get(0);
        return x >= first.x1() - 8 && x <= fan.get(fan.size() - 1).x2() + 8
                && Math.abs(y - first.y()) <= TimelineGeometry.MARK_RADIUS + 8;
    }

    Optional<Point2D> markPosition(String eventId) {
        LaneIndex index = model.index();
        return marks.stream().filter(m -> !m.isCluster() && index.event(m.event()).id().equals(eventId))
                .findFirst().map(m -> new Point2D(m.centre(), m.y()));
    }

    private void onScroll(ScrollEvent e) {
        if (e.isShiftDown() || Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
            model.pan(e.isShiftDown() && e.getDeltaX() == 0 ? e.getDeltaY() : e.getDeltaX());
        } else if (e.isControlDown() && lanesBar.isVisible()) {
            lanesBar.setValue(Math.max(0, Math.min(lanesBar.getMax(), lanesBar.getValue() - Math.signum(e.getDeltaY()))));
        } else if (e.getDeltaY() != 0) {
            model.zoom(Math.exp(e.getDeltaY() * 0.004), e.getX() - LABEL_WIDTH);
        }
        e.consume();
    }

    private void onPressed(MouseEvent e) {
        getSkinnable().requestFocus();
        pressX = e.getX();
        lastX = e.getX();
        dragged = false;
    }

    private void onDragged(MouseEvent e) {
        if (Math.abs(e.getX() - pressX) > 3) {
            dragged = true;
        }
        if (dragged) {
            model.pan(e.getX() - lastX);
            lastX = e.getX();
            tooltip.hide();
        }
    }

    private void onReleased(MouseEvent e) {
        if (dragged || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        Mark m = hit(e.getX(), e.getY());
        if (m == null) {
            return;
        }
        List<Event> events = TimelineViewModel.eventsOf(model.index(), m);
        if (!m.isCluster()) {
            workspace.select(events.get(0));
            return;
        }
        LocalDate from = events.get(0).date().start();
        LocalDate to = events.stream().map(ev -> ev.date().end()).max(LocalDate::compareTo).orElse(from);
        workspace.selection().list(events.size() + " events from " + from + " to " + to, events);
        model.zoomToCrowd(events);
    }

    private void onMoved(MouseEvent e) {
        if (!onFan(e.getX(), e.getY())) {
            Mark under = MarkLayout.hit(marks, e.getX(), e.getY());
            Mark toFan = under != null && !MarkLayout.fanOut(model.index(), under, geometry).isEmpty() ? under : null;
            if (!java.util.Objects.equals(toFan, fanned)) {
                fanned = toFan;
                fan = toFan == null ? List.of() : MarkLayout.fanOut(model.index(), toFan, geometry);
                frames.request();
            }
        }
        if (e.getY() > lanesBottom) {
            tooltip.show("Key\n" + Legend.describe(model.colourModeProperty().get(), model.index().events()), null, e);
            return;
        }
        Mark m = hit(e.getX(), e.getY());
        if (m == null) {
            tooltip.hide();
            return;
        }
        tooltip.show(null, m, e);
    }

    private void onKey(KeyEvent e) {
        double step = plotWidth() / 8;
        switch (e.getCode()) {
            case LEFT -> model.pan(step);
            case RIGHT -> model.pan(-step);
            case PLUS, EQUALS, ADD -> model.zoomIn();
            case MINUS, SUBTRACT -> model.zoomOut();
            case HOME -> model.fitAll();
            case F -> model.fit();
            case UP -> lanesBar.setValue(Math.max(0, lanesBar.getValue() - 1));
            case DOWN -> lanesBar.setValue(Math.min(lanesBar.getMax(), lanesBar.getValue() + 1));
            case PAGE_DOWN, CLOSE_BRACKET -> workspace.select(model.neighbour(workspace.selection().event(), 1));
            case PAGE_UP, OPEN_BRACKET -> workspace.select(model.neighbour(workspace.selection().event(), -1));
            default -> {
                return;
            }
        }
        e.consume();
    }
}
