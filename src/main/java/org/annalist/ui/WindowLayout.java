package org.annalist.ui;

import java.util.List;
import java.util.Map;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The window's size, place and divider positions, remembered between runs (java.util.prefs, the
 * user's preference store). The first run opens at a fraction of the screen, centred: a window
 * manager must never have to guess the size (under openbox a maximised scene opened at 200x200).
 */
final class WindowLayout {

    /** Share of the screen a first window takes; a small laptop screen is used almost whole. */
    static final double FRACTION = 0.85;
    static final double MIN_WIDTH = 1000;
    static final double MIN_HEIGHT = 620;

    private final Preferences prefs;

    WindowLayout(Preferences prefs) {
        this.prefs = prefs;
    }

    static WindowLayout standard() {
        return new WindowLayout(Preferences.userNodeForPackage(WindowLayout.class).node("window"));
    }

    /** The first size on a screen of these visual bounds: a fraction, never smaller than the minimum that fits. */
    static Rectangle2D firstBounds(Rectangle2D screen) {
        double f = screen.getWidth() <= 1600 ? 0.96 : FRACTION;
        double w = Math.min(screen.getWidth(), Math.max(MIN_WIDTH, screen.getWidth() * f));
        double h = Math.min(screen.getHeight(), Math.max(MIN_HEIGHT, screen.getHeight() * f));
        return new Rectangle2D(screen.getMinX() + (screen.getWidth() - w) / 2,
                screen.getMinY() + (screen.getHeight() - h) / 2, w, h);
    }

    /** Sizes and places {@code stage} (before it is shown) and restores the dividers; saves them when it closes. */
    void apply(Stage stage, Map<String, SplitPane> splits) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Rectangle2D first = firstBounds(screen);
        double w = prefs.getDouble("width", first.getWidth());
        double h = prefs.getDouble("height", first.getHeight());
        double x = prefs.getDouble("x", first.getMinX());
        double y = prefs.getDouble("y", first.getMinY());
        boolean visible = Screen.getScreensForRectangle(x, y, Math.max(1, w), Math.max(1, h)).size() > 0;
        if (!visible || w < MIN_WIDTH / 2 || h < MIN_HEIGHT / 2) {
            w = first.getWidth();
            h = first.getHeight();
            x = first.getMinX();
            y = first.getMinY();
        }
        stage.setMinWidth(Math.min(MIN_WIDTH, screen.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, screen.getHeight()));
        stage.setX(x);
        stage.setY(y);
        stage.setWidth(w);
        stage.setHeight(h);
        stage.setMaximized(prefs.getBoolean("maximized", false));
        splits.forEach((name, split) -> restore(name, split));
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> save(stage, splits));
    }

    private void restore(String name, SplitPane split) {
        String saved = prefs.get("dividers." + name, null);
        if (saved == null) {
            return;
        }
        try {
            List<Double> positions = List.of(saved.split(",")).stream().map(Double::parseDouble).toList();
            if (positions.size() == split.getDividers().size()
                    && positions.stream().allMatch(p -> p > 0.02 && p < 0.98)) {
                split.setDividerPositions(positions.stream().mapToDouble(Double::doubleValue).toArray());
            }
        } catch (NumberFormatException e) {
            // a damaged preference: keep the default layout
        }
    }

    void save(Stage stage, Map<String, SplitPane> splits) {
        prefs.putBoolean("maximized", stage.isMaximized());
        if (!stage.isMaximized()) {
            prefs.putDouble("x", stage.getX());
            prefs.putDouble("y", stage.getY());
            prefs.putDouble("width", stage.getWidth());
            prefs.putDouble("height", stage.getHeight());
        }
        splits.forEach((name, split) -> prefs.put("dividers." + name, String.join(",",
                java.util.Arrays.stream(split.getDividerPositions()).mapToObj(d -> String.format(java.util.Locale.ROOT,
                        "%.4f", d)).toList())));
        try {
            prefs.flush();
        } catch (java.util.prefs.BackingStoreException e) {
            // not remembered this time; the next run opens with the default layout
        }
    }
}
