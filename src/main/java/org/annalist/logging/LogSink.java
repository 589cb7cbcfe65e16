package org.annalist.logging;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Where log lines go: {@code annalist.log} in the user's data folder ({@code ~/.annalist/logs}, or
 * the {@code annalist.logDir} system property), rotated at 1 MB with 5 old files kept
 * ({@code annalist.1.log} ... {@code annalist.5.log}); warnings and errors also to stderr when
 * {@link #warningsToStderr} is on (the command line). Logging never fails the program: a log that
 * cannot be written is given up silently.
 */
public final class LogSink {

    public static final String PROPERTY = "annalist.logDir";
    static final long MAX_BYTES = 1024 * 1024;
    static final int KEPT = 5;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private static volatile boolean stderr;
    private static volatile boolean broken;
    private static PrintStream err = System.err;

    private LogSink() {
    }

    /** The folder the log is written to. */
    public static Path folder() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.home", "."), ".annalist", "logs");
    }

    public static Path file() {
        return folder().resolve("annalist.log");
    }

    /** The command line shows warnings and errors on stderr too (one line each, without stack trace). */
    public static void warningsToStderr(boolean on) {
        stderr = on;
    }

    static synchronized void write(String level, String logger, String message, Throwable t) {
        if (stderr && ("WARN".equals(level) || "ERROR".equals(level))) {
            err.println("annalist: " + level.toLowerCase(java.util.Locale.ROOT) + ": " + oneLine(message)
                    + (t == null ? "" : " (" + t.getClass().getSimpleName() + ")"));
        }
        if (broken) {
            return;
        }
        StringWriter line = new StringWriter();
        line.append(LocalDateTime.now().format(TIME)).append(' ').append(level).append(' ')
                .append(Thread.currentThread().getName()).append(' ').append(logger).append(" - ")
                .append(message).append(System.lineSeparator());
        if (t != null) {
            t.printStackTrace(new PrintWriter(line));
        }
        try {
            Path file = file();
            Files.createDirectories(file.getParent());
            rotateIfFull(file);
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.WRITE)) {
                w.write(line.toString());
            }
        } catch (IOException | SecurityException | java.nio.file.InvalidPathException e) {
            broken = true; // a read-only home must not stop the work being logged
        }
    }

    private static void rotateIfFull(Path file) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) < MAX_BYTES) {
            return;
        }
        Path dir = file.getParent();
        Files.deleteIfExists(dir.resolve("annalist." + KEPT + ".log"));
        for (int i = KEPT - 1; i >= 1; i--) {
            Path from = dir.resolve("annalist." + i + ".log");
            if (Files.exists(from)) {
                Files.move(from, dir.resolve("annalist." + (i + 1) + ".log"), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.move(file, dir.resolve("annalist.1.log"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static String oneLine(String s) {
        return org.annalist.io.PathText.escape(s == null ? "" : s);
    }

    /** For tests: where stderr lines go. */
    static void redirectStderr(PrintStream to) {
        err = to;
    }

    /** For tests: try writing again after a failure. */
    static void reset() {
        broken = false;
    }
}
