package org.annalist.ui.timeline;

import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * The interactive timeline: a control whose skin owns a canvas and redraws it only when something
 * it shows changes. All state lives in the {@link TimelineViewModel}.
 */
public final class TimelineControl extends Control {

    private final TimelineViewModel model;
    private final javafx.beans.property.ObjectProperty<TimelineOverlay> overlay =
            new javafx.beans.property.SimpleObjectProperty<>();

    public TimelineControl(TimelineViewModel model) {
        this.model = model;
        getStyleClass().add("timeline");
        setFocusTraversable(true);
        setAccessibleText("Timeline. Arrow keys pan, plus and minus zoom, Home fits all, Page Up and Down step through events.");
    }

    /** This timeline with its overview strip under it, as the window shows it. */
    public javafx.scene.layout.VBox withOverview() {
        OverviewStrip strip = new OverviewStrip(model);
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(this, strip);
        javafx.scene.layout.VBox.setVgrow(this, javafx.scene.layout.Priority.ALWAYS);
        box.getStyleClass().add("timeline-with-overview");
        return box;
    }

    public TimelineViewModel model() {
        return model;
    }

    /** Drawn under the marks (null: nothing); setting a new one repaints. */
    public javafx.beans.property.ObjectProperty<TimelineOverlay> overlayProperty() {
        return overlay;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineSkin(this);
    }

    /** Where the event's mark is drawn, in this control's coordinates (empty when not visible alone). */
    public Optional<Point2D> markPosition(String eventId) {
        return getSkin() instanceof TimelineSkin s ? s.markPosition(eventId) : Optional.empty();
    }

    /** The marks of the last frame, in this control's coordinates (what a user sees as dots and crowds). */
    public java.util.List<org.annalist.timeline.Mark> drawnMarks() {
        return getSkin() instanceof TimelineSkin s ? s.marks() : java.util.List.of();
    }

    /** The dots of a small crowd fanned out under the pointer (each selectable), or none. */
    public java.util.List<org.annalist.timeline.Mark> fannedMarks() {
        return getSkin() instanceof TimelineSkin s ? s.fan() : java.util.List.of();
    }

    /** Draws the current state now instead of on the next pulse (tests). */
    public void redrawNow() {
        if (getSkin() instanceof TimelineSkin s) {
            s.redraw();
        }
    }

    /** Whether a lane with this header is drawn. */
    public boolean showsLane(String label) {
        return model.index().lanes().stream().anyMatch(l -> l.label().equals(label));
    }
}
