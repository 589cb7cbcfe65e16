package org.annalist.actors;

import java.util.Locale;

/** Stable display colours for actors that the catalog gives none. */
final class Colors {

    private Colors() {
    }

    /** A muted colour derived from the id, so an actor keeps its colour across runs. */
    static String forId(String id) {
        int h = id.hashCode();
        double hue = Math.floorMod(h, 360);
        double sat = 0.35 + Math.floorMod(h >>> 9, 30) / 100.0;
        double light = 0.38 + Math.floorMod(h >>> 17, 22) / 100.0;
        double c = (1 - Math.abs(2 * light - 1)) * sat;
        double x = c * (1 - Math.abs((hue / 60) % 2 - 1));
        double m = light - c / 2;
        double r;
        double g;
        double b;
        switch ((int) (hue / 60)) {
            case 0 -> { r = c; g = x; b = 0; }
            case 1 -> { r = x; g = c; b = 0; }
            case 2 -> { r = 0; g = c; b = x; }
            case 3 -> { r = 0; g = x; b = c; }
            case 4 -> { r = x; g = 0; b = c; }
            default -> { r = c; g = 0; b = x; }
        }
        return String.format(Locale.ROOT, "#%02x%02x%02x",
                Math.round((r + m) * 255), Math.round((g + m) * 255), Math.round((b + m) * 255));
    }
}
