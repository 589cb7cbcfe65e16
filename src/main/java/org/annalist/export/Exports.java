package org.annalist.export;

import java.io.IOException;
import java.nio.file.Path;

/** One entry point for every file export, shared by the command line and the window. */
public final class Exports {

    /** Default picture width in logical pixels. */
    public static final int DEFAULT_WIDTH = 1600;

    private Exports() {
    }

    /**
     * Writes {@code picture}'s events (or its drawing, for SVG and PNG) to {@code out} atomically.
     *
     * @param width logical width for SVG and PNG
     * @param scale pixel scale for PNG (1, 2, 3 ...), ignored otherwise
     */
    public static void write(ExportFormat format, Picture picture, Path out, int width, int scale) throws IOException {
        write(format, picture, out, width, scale, true);
    }

    /**
     * As above; data formats write the events within the picture's range.
     *
     * @param byteOrderMark start a CSV with a UTF-8 byte order mark
     */
    public static void write(ExportFormat format, Picture picture, Path out, int width, int scale,
                             boolean byteOrderMark) throws IOException {
        var a = picture.analysis();
        var shown = picture.inRange();
        switch (format) {
            case CSV -> new EventsCsv(byteOrderMark).write(a, shown, out);
            case JSON -> new EventsJson().write(a, shown, out);
            case SVG -> picture.writeSvg(out, width);
            // with no range asked for, the slides cover where most events are, as the picture does
            case TIMELINEJS -> new TimelineJsJson().write(a, shown, picture.title(),
                    picture.from() == null && picture.to() == null, out);
            case GEXF -> new GexfWriter().write(a, shown, picture.title(), out);
            case PNG -> picture.writePng(out, width, scale);
        }
    }
}
