package org.annalist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The first window: a fraction of the screen, centred, never the 200x200 a window manager picks. */
class WindowLayoutTest {

    @Test
    void aDesktopScreenGetsACentredFraction() {
        Rectangle2D b = WindowLayout.firstBounds(new Rectangle2D(0, 0, 1920, 1080));
        assertThat(b.getWidth()).isEqualTo(1920 * WindowLayout.FRACTION);
        assertThat(b.getHeight()).isEqualTo(1080 * WindowLayout.FRACTION);
        assertThat(b.getMinX() + b.getWidth() / 2).isEqualTo(960);
        assertThat(b.getMinY() + b.getHeight() / 2).isEqualTo(540);
    }

    @Test
    void aLaptopScreenIsUsedAlmostWholeAndNeverExceeded() {
        Rectangle2D b = WindowLayout.firstBounds(new Rectangle2D(0, 0, 1366, 740));
        assertThat(b.getWidth()).isGreaterThan(1300).isLessThanOrEqualTo(1366);
        assertThat(b.getHeight()).isGreaterThanOrEqualTo(WindowLayout.MIN_HEIGHT).isLessThanOrEqualTo(740);
        Rectangle2D tiny = WindowLayout.firstBounds(new Rectangle2D(0, 0, 800, 600));
        assertThat(tiny.getWidth()).isEqualTo(800);
        assertThat(tiny.getHeight()).isEqualTo(600);
    }
}
