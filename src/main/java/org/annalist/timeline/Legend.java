package org.annalist.timeline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.annalist.events.Event;
import org.annalist.events.EventType;
import org.annalist.render.Canvas2D;

/**
 * The key to the marks: colours of the types (commonest first) or the tone scale, and the shapes.
 * Wraps to fit; limited to a number of rows (the window gives it one, so lanes keep the room), the
 * entries that do not fit are counted in a last "+N more" entry, and {@link #describe} lists them
 * all for a tooltip.
 */
public final class Legend {

    public static final double ROW = 20;
    /** Text of the overflow entry, "+3 more". */
    public static final String MORE = "more";

    private Legend() {
    }

    /** One key entry: its words and how its swatch is drawn. */
    private record Entry(String label, Swatch swatch) {
    }

    private interface Swatch {
        void draw(Canvas2D c, double x, double centreY);
    }

    /** Draws the whole legend from (x, y) within {@code width}; returns the height used. */
    public static double paint(Canvas2D c, double x, double y, double width, ColourMode mode, List<Event> shown,
                               Palette.Theme t) {
        return paint(c, x, y, width, mode, shown, t, Integer.MAX_VALUE);
    }

    /**
     * Draws the legend in at most {@code maxRows} rows; entries that do not fit are left out and
     * counted ("+5 more"). Returns the height used.
     */
    public static double paint(Canvas2D c, double x, double y, double width, ColourMode mode, List<Event> shown,
                               Palette.Theme t, int maxRows) {
        c.beginItem("legend", "legend");
        c.font(12, false);
        List<Entry> entries = entries(mode, shown, t);
        double px = x;
        int row = 0;
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            double w = entryWidth(c, e.label());
            int rest = entries.size() - i - 1;
            boolean overflow = false;
            if (px + w > x + width && px > x) {
                if (row + 1 >= maxRows) {
                    overflow = true;
                } else {
                    row++;
                    px = x;
                }
            }
            // on the last row, keep room for the "+N more" that the entries after this one would need
            overflow |= row == maxRows - 1 && rest > 0 && px + w + entryWidth(c, more(rest)) > x + width;
            if (overflow) {
                c.fill(t.muted());
                c.fillText(more(rest + 1), px + 4, y + row * ROW + ROW / 2 + 4);
                break;
            }
            e.swatch().draw(c, px, y + row * ROW + ROW / 2);
            c.fill(t.text());
            c.fillText(e.label(), px + 22, y + row * ROW + ROW / 2 + 4);
            px += w;
        }
        c.endItem();
        return (row + 1) * ROW;
    }

    /** Every entry's words, one per line, for a tooltip over a shortened legend. */
    public static String describe(ColourMode mode, List<Event> shown) {
        StringBuilder s = new StringBuilder();
        for (Entry e : entries(mode, shown, Palette.standard().theme(false))) {
            s.append(s.length() == 0 ? "" : "\n").append(e.label());
        }
        return s.toString();
    }

    private static String more(int n) {
        return "+" + n + " " + MORE;
    }

    private static double entryWidth(Canvas2D c, String label) {
        return 22 + c.textWidth(label) + 16;
    }

    private static List<Entry> entries(ColourMode mode, List<Event> shown, Palette.Theme t) {
        List<Entry> out = new ArrayList<>();
        if (mode == ColourMode.TYPE) {
            Map<EventType, Integer> counts = new EnumMap<>(EventType.class);
            shown.forEach(e -> counts.merge(e.type(), 1, Integer::sum));
            counts.entrySet().stream()
                    .sorted(Map.Entry.<EventType, Integer>comparingByValue().reversed())
                    .map(Map.Entry::getKey)
                    .forEach(type -> out.add(new Entry(type.label(), (c, cx, cy) -> {
                        c.fill(Palette.standard().type(type));
                        c.fillOval(cx, cy - 5, 10, 10);
                    })));
        } else {
            for (int tone = -10; tone <= 10; tone += 5) {
                int v = tone;
                String label = v == -10 ? "hostile -10" : v == 10 ? "cooperative +10" : (v > 0 ? "+" : "") + v;
                out.add(new Entry(label, (c, cx, cy) -> {
                    c.fill(Palette.standard().tone(v));
                    c.fillOval(cx, cy - 5, 10, 10);
                }));
            }
        }
        out.add(new Entry("planned", (c, cx, cy) -> {
            c.stroke(t.muted());
            c.lineWidth(2);
            c.dashes(2, 2);
            c.strokeOval(cx + 1, cy - 4, 8, 8);
            c.dashes();
        }));
        out.add(new Entry("week/month date", (c, cx, cy) -> {
            c.fill(t.muted().withAlpha(0.35));
            c.fillRect(cx - 6, cy - 5, 22, 10);
        }));
        out.add(new Entry("crowded: colours by share, click to zoom", (c, cx, cy) -> {
            Palette p = Palette.standard();
            c.fill(p.type(EventType.AGREE));
            c.fillRect(cx - 6, cy - 6, 9, 12);
            c.fill(p.type(EventType.ACCUSE));
            c.fillRect(cx + 3, cy - 6, 7, 12);
            c.fill(p.type(EventType.ASSAULT));
            c.fillRect(cx + 10, cy - 6, 6, 12);
        }));
        return out;
    }
}
