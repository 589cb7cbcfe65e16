package org.annalist.bench;

/**
 * Frame times of one painter on one surface.
 *
 * @param painter   what was drawn ("window", "picture")
 * @param surface   which surface ("no-op", "Java2D")
 * @param events    events in the analysis drawn
 * @param frames    frames timed (after warm-up)
 * @param medianMs  median frame time
 * @param p95Ms     95th percentile frame time
 * @param maxMs     slowest frame
 * @param cpuMedianMs median CPU time of the drawing thread per frame: what the frame costs when
 *                  the machine is not shared
 */
public record FrameResult(String painter, String surface, int events, int frames, double medianMs, double p95Ms,
                          double maxMs, double cpuMedianMs) {
}
