package org.annalist.bench;

/**
 * Frame times of one painter on one surface.
 *
 * @param surface   which surface ("no-op", "Java2D 1600x900")
 * @param events    events in the analysis drawn
 * @param frames    frames timed (after warm-up)
 * @param medianMs  median frame time
 * @param p95Ms     95th percentile frame time
 * @param maxMs     slowest frame
 */
public record FrameResult(String surface, int events, int frames, double medianMs, double p95Ms, double maxMs) {
}
