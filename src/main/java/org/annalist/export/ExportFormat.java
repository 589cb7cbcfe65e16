package org.annalist.export;

import java.util.Locale;

/** The file formats of {@code annalist export}, with their usual file extension. */
public enum ExportFormat {
    CSV("csv"), JSON("json"), SVG("svg"), TIMELINEJS("json"), GEXF("gexf"), PNG("png");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String extension() {
        return extension;
    }

    /** Parses a format id; PNG is not an {@code export} format (it is {@code render}'s). */
    public static ExportFormat parseExport(String id) {
        for (ExportFormat f : values()) {
            if (f != PNG && f.id().equalsIgnoreCase(id == null ? "" : id.trim())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + id + "' (use csv, json, svg, timelinejs or gexf)");
    }
}
