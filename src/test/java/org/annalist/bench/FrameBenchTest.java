package org.annalist.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.annalist.analysis.Analysis;
import org.annalist.events.Event;
import org.annalist.render.Rgba;
import org.junit.jupiter.api.Test;

class FrameBenchTest {

    @Test
    void syntheticAnalysisHasTheAskedNumberOfDatedEventsAndIsReproducible() {
        Analysis a = SyntheticAnalysis.of(2_000, 7);
        Analysis b = SyntheticAnalysis.of(2_000, 7);

        assertThat(a.events()).hasSize(2_000).allMatch(Event::isDated);
        assertThat(a.events()).extracting(e -> e.date().value())
                .isEqualTo(b.events().stream().map(e -> e.date().value()).toList());
        assertThat(a.events().stream().map(e -> e.date().start()).distinct().count()).isGreaterThan(300);
        assertThat(a.events()).allSatisfy(e -> assertThat(a.article(e.passages().get(0).articleId())).isPresent());
        assertThat(a.actors()).isNotEmpty();
    }

    @Test
    void timesTheAskedFramesOnBothSurfaces() {
        Analysis analysis = SyntheticAnalysis.of(500, 1);
        FrameBench bench = new FrameBench(1, 4, 10_000);

        FrameResult noop = bench.run("no-op", analysis, () -> new NoopCanvas(800, 600));
        FrameResult java2d = bench.run("Java2D", analysis, () -> new Java2DCanvas(800, 600));

        assertThat(noop.frames()).isEqualTo(4);
        assertThat(java2d.frames()).isEqualTo(4);
        assertThat(java2d.events()).isEqualTo(500);
        assertThat(java2d.medianMs()).isPositive().isLessThanOrEqualTo(java2d.p95Ms());
        assertThat(java2d.p95Ms()).isLessThanOrEqualTo(java2d.maxMs());
    }

    @Test
    void java2dSurfaceRestoresTheFillSavedBeforeAChange() {
        Java2DCanvas canvas = new Java2DCanvas(20, 10);

        canvas.fill(Rgba.parse("#ff0000"));
        canvas.save();
        canvas.fill(Rgba.parse("#0000ff"));
        canvas.fillRect(10, 0, 10, 10);
        canvas.restore();
        canvas.fillRect(0, 0, 10, 10);

        BufferedImage image = canvas.image();
        assertThat(image.getRGB(5, 5)).isEqualTo(0xffff0000);
        assertThat(image.getRGB(15, 5)).isEqualTo(0xff0000ff);
    }

    @Test
    void java2dSurfaceClipsUntilRestore() {
        Java2DCanvas canvas = new Java2DCanvas(20, 10);
        canvas.fill(Rgba.parse("#00ff00"));

        canvas.save();
        canvas.clip(0, 0, 10, 10);
        canvas.fillRect(0, 0, 20, 10);
        canvas.restore();

        assertThat(canvas.image().getRGB(5, 5)).isEqualTo(0xff00ff00);
        assertThat(canvas.image().getRGB(15, 5)).isZero();
    }
}
