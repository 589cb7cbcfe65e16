package org.annalist.ui.export;

/**
 * How to draw a PNG.
 *
 * @param width       logical width in pixels
 * @param scale       1, 2 or 3: the file is {@code width*scale} pixels wide, drawn at that resolution
 * @param visibleOnly the timeline's visible window rather than the whole range
 */
public record PngOptions(int width, int scale, boolean visibleOnly) {

    public PngOptions {
        if (width < 100 || width > 20_000 || scale < 1 || scale > 4) {
            throw new IllegalArgumentException("width 100-20000 and scale 1-4");
        }
    }

    public static PngOptions defaults() {
        return new PngOptions(1600, 2, false);
    }
}
