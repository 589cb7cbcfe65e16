package org.annalist.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.annalist.analysis.Analysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PictureTest {

    @TempDir
    Path dir;

    @Test
    void pngIsWidthTimesScaleWideAndNotBlank() throws Exception {
        Analysis a = SampleAnalysis.analysis();
        for (View view : View.values()) {
            for (int scale : new int[] {1, 2, 3}) {
                Path out = dir.resolve(view.id() + "@" + scale + "x.png");
                Picture p = Picture.of(view, a, a.events(), "Aleppo, October 2016");
                p.writePng(out, 800, scale);

                BufferedImage img = ImageIO.read(out.toFile());
                assertThat(img.getWidth()).isEqualTo(800 * scale);
                assertThat(img.getHeight()).isEqualTo((int) Math.ceil(p.height(800) * scale));
                assertThat(distinctColours(img)).as("%s at %dx", view, scale).isGreaterThan(2);
            }
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void hugeImagesAreRefusedWithAReason() {
        Analysis a = SampleAnalysis.analysis();
        Picture p = Picture.of(View.TIMELINE, a, a.events(), "t");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> p.toImage(20_000, 4))
                .hasMessageContaining("too large");
    }

    static int distinctColours(BufferedImage img) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                seen.add(img.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
