package org.annalist.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.annalist.export.Picture;
import org.annalist.export.Titles;
import org.annalist.export.View;
import picocli.CommandLine.Option;

/** The {@code --title}, {@code --caption}, {@code --from} and {@code --to} options of {@code render} and {@code export}. */
final class PictureOptions {

    @Option(names = "--title", paramLabel = "TEXT", description = "the heading (default: the inputs' name)")
    String title;

    @Option(names = "--caption", paramLabel = "TEXT",
            description = "the line under the heading (default: the dates the picture covers)")
    String caption;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "first day drawn and exported (default: the first event)")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "last day drawn and exported (default: the last event)")
    String to;

    /** Checks the dates; the message of the exception is the one-line reason. */
    void check() {
        LocalDate f = date("--from", from);
        LocalDate t = date("--to", to);
        if (f != null && t != null && t.isBefore(f)) {
            throw new IllegalArgumentException("--to " + to + " is before --from " + from);
        }
    }

    /** The picture of the analysed inputs with these options. */
    Picture picture(Inputs.Analysed analysed, View view) {
        System.setProperty("java.awt.headless", "true");
        String heading = title == null || title.isBlank() ? Titles.of(analysed.paths()) : title;
        return new Picture(view, analysed.analysis(), analysed.analysis().events(), heading, caption,
                date("--from", from), date("--to", to));
    }

    private static LocalDate date(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " '" + value + "' is not a date (use YYYY-MM-DD)");
        }
    }
}
