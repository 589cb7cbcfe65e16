package org.annalist.ui.timeline;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;
import org.annalist.events.Event;
import org.annalist.events.EventStatus;
import org.annalist.timeline.Mark;

/** The tooltip under the pointer on the timeline: one event's line, a crowd's make-up, or the key. */
final class MarkTooltip {

    private final Tooltip tooltip = new Tooltip();
    private final Canvas canvas;
    private final TimelineViewModel model;
    private Mark hovered;

    MarkTooltip(Canvas canvas, TimelineViewModel model) {
        this.canvas = canvas;
        this.model = model;
        tooltip.setShowDelay(Duration.ZERO);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
    }

    /** Shows {@code text}, or the description of {@code m} when it is not null, near the pointer. */
    void show(String text, Mark m, MouseEvent e) {
        if (Objects.equals(m, hovered) && tooltip.isShowing() && (m != null || text.equals(tooltip.getText()))) {
            return;
        }
        hovered = m;
        tooltip.setText(m == null ? text : describe(m));
        Point2D p = canvas.localToScreen(e.getX() + 14, e.getY() + 14);
        if (p != null) {
            tooltip.show(canvas, p.getX(), p.getY());
        }
    }

    void hide() {
        hovered = null;
        tooltip.hide();
    }

    private String describe(Mark m) {
        List<Event> events = TimelineViewModel.eventsOf(model.index(), m);
        if (m.isCluster()) {
            Map<String, Long> byType = new TreeMap<>();
            events.forEach(ev -> byType.merge(ev.type().label(), 1L, Long::sum));
            String types = byType.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .limit(4).map(en -> en.getValue() + " " + en.getKey()).collect(Collectors.joining(", "));
            return events.size() + " events, " + events.get(0).date().start() + " to "
                    + events.get(events.size() - 1).date().start() + ": " + types
                    + (byType.size() > 4 ? ", …" : "") + "\nClick to list them and zoom in.";
        }
        Event ev = events.get(0);
        return ev.date().value() + " · " + ev.type().label() + " · tone " + ev.tone()
                + (ev.status() == EventStatus.PLANNED ? " · planned" : "") + "\n" + ev.summary();
    }
}
