package org.annalist.ui.timeline;

import org.annalist.render.Canvas2D;
import org.annalist.timeline.Palette;
import org.annalist.timeline.TimeScale;
import org.annalist.timeline.TimelineGeometry;

/**
 * Something drawn on the timeline over lanes and axis but under the marks (the key-date layer): immutable, so a new one is
 * set on {@link TimelineControl#overlayProperty()} whenever what it shows changes, which repaints.
 */
@FunctionalInterface
public interface TimelineOverlay {

    /**
     * @param axis   the axis band's geometry (plot left edge and width, lanes top)
     * @param bottom where the lanes end
     */
    void paint(Canvas2D c, TimeScale scale, TimelineGeometry axis, double bottom, Palette.Theme theme);
}
