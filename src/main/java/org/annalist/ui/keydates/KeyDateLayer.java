package org.annalist.ui.keydates;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.annalist.keydates.KeyDate;
import org.annalist.ui.timeline.TimelineControl;

/**
 * Marks the shown key dates on the main timeline (as many as the Key dates slider says), or nothing
 * when switched off: a new {@link KeyDateBands} is set on the timeline whenever the days change.
 */
public final class KeyDateLayer {

    private final KeyDatesModel model;
    private final TimelineControl timeline;
    private final BooleanProperty shown = new SimpleBooleanProperty(true);

    public KeyDateLayer(KeyDatesModel model, TimelineControl timeline) {
        this.model = model;
        this.timeline = timeline;
        model.topProperty().addListener((o, was, now) -> update());
        shown.addListener((o, was, now) -> update());
        update();
    }

    private void update() {
        List<KeyDate> top = model.topProperty().get();
        timeline.overlayProperty().set(!shown.get() || top.isEmpty() ? null
                : new KeyDateBands(top.stream().map(KeyDate::date).toList()));
    }

    /** Whether the key days are marked on the timeline. */
    public BooleanProperty shownProperty() {
        return shown;
    }
}
