package org.annalist.timeline;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.annalist.events.Event;
import org.annalist.events.EventType;
import org.annalist.render.Canvas2D;

/** The key to the marks: colours of the types (or the tone scale) and the shapes. Wraps to fit. */
public final class Legend {

    private static final double ROW = 20;

    private Legend() {
    }

    /** Draws the legend from (x, y) within {@code width}; returns the height used. */
    public static double paint(Canvas2D c, double x, double y, double width, ColourMode mode, List<Event> shown,
                               Palette.Theme t) {
        c.beginItem("legend", "legend");
        c.font(12, false);
        double[] pos = {x, y};
        if (mode == ColourMode.TYPE) {
            Set<EventType> present = EnumSet.noneOf(EventType.class);
            shown.forEach(e -> present.add(e.type()));
            for (EventType type : present) {
                entry(c, pos, x, width, type.label(), t, (cx, cy) -> {
                    c.fill(Palette.standard().type(type));
                    c.fillOval(cx, cy - 5, 10, 10);
                });
            }
        } else {
            for (int tone = -10; tone <= 10; tone += 5) {
                int v = tone;
                String label = v == -10 ? "hostile -10" : v == 10 ? "cooperative +10" : (v > 0 ? "+" : "") + v;
                entry(c, pos, x, width, label, t, (cx, cy) -> {
                    c.fill(Palette.standard().tone(v));
                    c.fillOval(cx, cy - 5, 10, 10);
                });
            }
        }
        entry(c, pos, x, width, "planned", t, (cx, cy) -> {
            c.stroke(t.muted());
            c.lineWidth(2);
            c.dashes(2, 2);
            c.strokeOval(cx + 1, cy - 4, 8, 8);
            c.dashes();
        });
        entry(c, pos, x, width, "week/month date", t, (cx, cy) -> {
            c.fill(t.muted().withAlpha(0.35));
            c.fillRect(cx - 6, cy - 5, 22, 10);
        });
        entry(c, pos, x, width, "crowded: colours by share, click to zoom", t, (cx, cy) -> {
            Palette p = Palette.standard();
            c.fill(p.type(org.annalist.events.EventType.AGREE));
            c.fillRect(cx - 6, cy - 6, 9, 12);
            c.fill(p.type(org.annalist.events.EventType.ACCUSE));
            c.fillRect(cx + 3, cy - 6, 7, 12);
            c.fill(p.type(org.annalist.events.EventType.ASSAULT));
            c.fillRect(cx + 10, cy - 6, 6, 12);
        });
        c.endItem();
        return pos[1] - y + ROW;
    }

    private interface Swatch {
        void draw(double x, double centreY);
    }

    private static void entry(Canvas2D c, double[] pos, double x0, double width, String label, Palette.Theme t,
                              Swatch swatch) {
        double w = 22 + c.textWidth(label) + 16;
        if (pos[0] + w > x0 + width && pos[0] > x0) {
            pos[0] = x0;
            pos[1] += ROW;
        }
        swatch.draw(pos[0], pos[1] + ROW / 2);
        c.fill(t.text());
        c.fillText(label, pos[0] + 22, pos[1] + ROW / 2 + 4);
        pos[0] += w;
    }

}
