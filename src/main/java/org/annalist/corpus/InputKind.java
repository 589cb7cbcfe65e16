package org.annalist.corpus;

import java.nio.file.Path;
import java.util.Locale;

/** What a file holds, told by its name. */
enum InputKind {
    TEXT(".txt"), JSON(".json"), JSON_LINES(".jsonl"), HTML(".html"), HTM(".htm"), SIDECAR(".meta.json"), OTHER("");

    private final String suffix;

    InputKind(String suffix) {
        this.suffix = suffix;
    }

    static InputKind of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(SIDECAR.suffix)) {
            return SIDECAR;
        }
        for (InputKind k : values()) {
            if (k != OTHER && k != SIDECAR && name.endsWith(k.suffix)) {
                return k;
            }
        }
        return OTHER;
    }

    boolean isArticle() {
        return this != SIDECAR && this != OTHER;
    }

    /** The file name without this kind's extension: the article id. */
    String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - suffix.length());
    }
}
