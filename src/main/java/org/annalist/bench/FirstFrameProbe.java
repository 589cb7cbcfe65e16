package org.annalist.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Launches the app in a child JVM (same Java, same class path) on some inputs with
 * {@code -Dannalist.firstFrame=exit}: the window then prints {@link #MARKER} followed by its JVM
 * uptime once its first frame is rendered, and exits. Needs a display ({@code DISPLAY} set, e.g.
 * under {@code xvfb-run}).
 */
public final class FirstFrameProbe {

    /** The system property that asks the window to report its first frame and exit. */
    public static final String PROPERTY = "annalist.firstFrame";
    /** What the window prints, followed by its uptime in milliseconds. */
    public static final String MARKER = "annalist-first-frame uptime-ms=";

    private final long timeoutMillis;

    public FirstFrameProbe(long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
    }

    public FirstFrameResult measure(List<Path> inputs) {
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            return FirstFrameResult.skipped("no DISPLAY: run under xvfb-run to measure");
        }
        List<String> command = new ArrayList<>(List.of(javaExecutable(),
                "-cp", System.getProperty("java.class.path"),
                "-D" + PROPERTY + "=exit", "org.annalist.Launcher", "open"));
        inputs.forEach(p -> command.add(p.toString()));
        Deque<String> tail = new ArrayDeque<>();
        Process child = null;
        try {
            long t0 = System.nanoTime();
            child = new ProcessBuilder(command).redirectErrorStream(true).start();
            Process running = child;
            Thread killer = new Thread(() -> {
                try {
                    if (!running.waitFor(timeoutMillis, TimeUnit.MILLISECONDS)) {
                        running.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    running.destroyForcibly();
                }
            }, "first-frame-timeout");
            killer.setDaemon(true);
            killer.start();
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    if (line.startsWith(MARKER)) {
                        double wall = (System.nanoTime() - t0) / 1e6;
                        double uptime = Double.parseDouble(line.substring(MARKER.length()).trim());
                        return new FirstFrameResult(true, wall, uptime, "child JVM on " + inputs + ", DISPLAY " + display);
                    }
                    tail.addLast(line);
                    if (tail.size() > 5) {
                        tail.removeFirst();
                    }
                }
            }
            return FirstFrameResult.skipped("the window exited without reporting a frame: " + String.join(" | ", tail));
        } catch (IOException | NumberFormatException e) {
            return FirstFrameResult.skipped("could not launch the window: " + e.getMessage());
        } finally {
            if (child != null) {
                child.destroy();
            }
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
