package org.annalist.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.annalist.render.Rgba;
import org.junit.jupiter.api.Test;

class AwtCanvas2DTest {

    private static final Rgba RED = Rgba.parse("#ff0000");

    @Test
    void imageIsScaledAndShapesAreDrawnAtFullResolution() {
        AwtCanvas2D c = new AwtCanvas2D(100, 50, 3);
        c.fill(RED);
        c.fillRect(10, 10, 1, 1);

        BufferedImage img = c.image();
        assertThat(img.getWidth()).isEqualTo(300);
        assertThat(img.getHeight()).isEqualTo(150);
        // a one-logical-pixel square covers exactly 3x3 crisp device pixels, not a blurred upscale
        int red = 0;
        for (int y = 0; y < 150; y++) {
            for (int x = 0; x < 300; x++) {
                if (img.getRGB(x, y) == 0xffff0000) {
                    red++;
                }
            }
        }
        assertThat(red).isEqualTo(9);
        assertThat(img.getRGB(30, 30)).isEqualTo(0xffff0000);
        assertThat(img.getRGB(33, 30)).isZero();
    }

    @Test
    void textIsDrawnAndMeasuredConsistentlyAtAnyScale() {
        AwtCanvas2D one = new AwtCanvas2D(200, 40, 1);
        AwtCanvas2D two = new AwtCanvas2D(200, 40, 2);
        one.font(16, true);
        two.font(16, true);
        assertThat(two.textWidth("Aleppo talks")).isCloseTo(one.textWidth("Aleppo talks"), org.assertj.core.data.Offset.offset(1.0));
        two.fill(Rgba.parse("#000000"));
        two.fillText("Aleppo talks", 5, 30);
        assertThat(opaquePixels(two.image())).isGreaterThan(100);
    }

    @Test
    void restoreBringsBackColourAndClip() {
        AwtCanvas2D c = new AwtCanvas2D(20, 20, 1);
        c.fill(RED);
        c.save();
        c.fill(Rgba.parse("#0000ff"));
        c.clip(0, 0, 5, 5);
        c.fillRect(0, 0, 20, 20);
        c.restore();
        c.fillRect(10, 10, 5, 5);

        assertThat(c.image().getRGB(2, 2)).isEqualTo(0xff0000ff);
        assertThat(c.image().getRGB(7, 7)).isZero();
        assertThat(c.image().getRGB(12, 12)).isEqualTo(0xffff0000);
    }

    static int opaquePixels(BufferedImage img) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) >>> 24) > 0) {
                    n++;
                }
            }
        }
        return n;
    }
}
