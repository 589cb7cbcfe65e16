package org.annalist.ui.export;

/**
 * How to draw a PNG.
 *
 * @param width       logical width in pixels
 * @param scale       1, 2 or 3: the file is {@code width*scale} pixels wide, drawn at that resolution
 * @param visibleOnly the timeline's visible window rather than the whole range
 * @param title       the picture's heading; blank for the corpus name
 * @param caption     the line under it; blank for the date range
 */
public record PngOptions(int width, int scale, boolean visibleOnly, String title, String caption) {

    public PngOptions(int width, int scale, boolean visibleOnly) {
        this(width, scale, visibleOnly, "", "");
    }

    public PngOptions {
        if (width < 100 || width > 20_000 || scale < 1 || scale > 4) {
            throw new IllegalArgumentException("width 100-20000 and scale 1-4");
        }
        title = title == null ? "" : title.strip();
        caption = caption == null ? "" : caption.strip();
    }

    public static PngOptions defaults() {
        return new PngOptions(1600, 2, false);
    }
}
