package org.annalist.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.annalist.analysis.Analysis;
import org.annalist.export.AwtCanvas2D;
import org.junit.jupiter.api.Test;

class FrameBenchTest {

    private final Analysis analysis = SyntheticAnalysis.generate(500, 365, 1);

    @Test
    void timesTheAskedFramesOfAPainter() {
        FrameBench bench = new FrameBench(1, 4, 10_000);

        FrameResult noop = bench.run("window", "no-op", 500, TimelineFrames.window(analysis, 800, 600),
                () -> new NoopCanvas(800, 600));

        assertThat(noop.frames()).isEqualTo(4);
        assertThat(noop.events()).isEqualTo(500);
        assertThat(noop.medianMs()).isPositive().isLessThanOrEqualTo(noop.p95Ms());
        assertThat(noop.p95Ms()).isLessThanOrEqualTo(noop.maxMs());
    }

    @Test
    void windowFrameDrawsLanesAndMarks() {
        NoopCanvas counting = new NoopCanvas(800, 600);
        AwtCanvas2D image = new AwtCanvas2D(800, 600, 1);

        TimelineFrames.window(analysis, 800, 600).accept(counting);
        TimelineFrames.window(analysis, 800, 600).accept(image);

        // background, lane bands, ticks, labels and marks: far more than a blank frame
        assertThat(counting.calls()).isGreaterThan(100);
        assertThat(distinctColours(image.image())).isGreaterThan(5);
    }

    @Test
    void pictureFrameIsTheExportedTimeline() {
        NoopCanvas counting = new NoopCanvas(1600, 900);

        TimelineFrames.picture(analysis).accept(counting);

        assertThat(counting.calls()).isGreaterThan(100);
        assertThat(TimelineFrames.indexMillis(analysis)).isPositive();
    }

    private static long distinctColours(BufferedImage image) {
        return java.util.stream.IntStream.range(0, image.getWidth() * image.getHeight())
                .map(i -> image.getRGB(i % image.getWidth(), i / image.getWidth()))
                .distinct().count();
    }
}
