package org.annalist.corpus;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The largest input file Annalist reads; bigger files are reported, not read. Default 20 MB;
 * system property {@value #PROPERTY} sets another, e.g. {@code -Dannalist.maxFileSize=50MB}.
 *
 * @param bytes the limit in bytes
 */
public record FileSizeLimit(long bytes) {

    public static final String PROPERTY = "annalist.maxFileSize";
    public static final FileSizeLimit DEFAULT = new FileSizeLimit(20L * 1024 * 1024);
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmg]?)b?", Pattern.CASE_INSENSITIVE);

    public FileSizeLimit {
        if (bytes <= 0) {
            throw new IllegalArgumentException("the file size limit must be positive");
        }
    }

    /** Parses "20MB", "500k", "1.5 GB" or a plain number of bytes. */
    public static FileSizeLimit parse(String text) {
        Matcher m = SIZE.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a size such as 20MB, 500KB or 1048576");
        }
        long unit = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> 1024L;
            case "m" -> 1024L * 1024;
            case "g" -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        return new FileSizeLimit((long) (Double.parseDouble(m.group(1)) * unit));
    }

    /** The limit set by the system property, or the default when it is not set. */
    public static FileSizeLimit fromSystemProperty() {
        String value = System.getProperty(PROPERTY);
        return value == null || value.isBlank() ? DEFAULT : parse(value);
    }
}
