package org.annalist.bench;

/**
 * Launch-to-first-frame of the window in a child JVM.
 *
 * @param measured  false when it could not be measured; {@code note} says why
 * @param wallMs    from starting the child process to reading its first-frame line
 * @param uptimeMs  the child JVM's own uptime when its first frame was rendered
 * @param note      how, or why not
 */
public record FirstFrameResult(boolean measured, double wallMs, double uptimeMs, String note) {

    public static FirstFrameResult skipped(String why) {
        return new FirstFrameResult(false, Double.NaN, Double.NaN, why);
    }
}
