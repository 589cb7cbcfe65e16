package org.annalist.render;

/** A colour with alpha, independent of any toolkit. */
public record Rgba(int red, int green, int blue, double alpha) {

    public Rgba {
        if ((red | green | blue) < 0 || red > 255 || green > 255 || blue > 255 || alpha < 0 || alpha > 1) {
            throw new IllegalArgumentException("colour out of range");
        }
    }

    /** Parses {@code #rrggbb} or {@code #rrggbbaa}. */
    public static Rgba parse(String hex) {
        String h = hex.startsWith("#") ? hex.substring(1) : hex;
        if (h.length() != 6 && h.length() != 8) {
            throw new IllegalArgumentException("not a #rrggbb colour: " + hex);
        }
        int v = Integer.parseUnsignedInt(h.substring(0, 6), 16);
        double a = h.length() == 8 ? Integer.parseInt(h.substring(6), 16) / 255.0 : 1.0;
        return new Rgba(v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff, a);
    }

    public Rgba withAlpha(double a) {
        return new Rgba(red, green, blue, a);
    }

    /** {@code #rrggbb}, alpha dropped. */
    public String hex() {
        return String.format("#%02x%02x%02x", red, green, blue);
    }
}
