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

    /** The user's layout; with {@code -Dannalist.layout=fresh} (tests, demos) nothing is read or kept. */
    static WindowLayout standard() {
        Preferences root = "fresh".equals(System.getProperty("annalist.layout"))
                ? new java.util.prefs.AbstractPreferences(null, "") {
                    private final java.util.Map<String, String> values = new java.util.HashMap<>();

                    @Override
                    protected void putSpi(String key, String value) {
                        values.put(key, value);
                    }

                    @Override
                    protected String getSpi(String key) {
                        return values.get(key);
                    }

                    @Override
                    protected void removeSpi(String key) {
                        values.remove(key);
                    }

                    @Override
                    protected void removeNodeSpi() {
                    }

                    @Override
                    protected String[] keysSpi() {
                        return values.keySet().toArray(String[]::new);
                    }

                    @Override
                    protected String[] childrenNamesSpi() {
                        return new String[0];
                    }

                    @Override
                    protected java.util.prefs.AbstractPreferences childSpi(String name) {
                        throw new UnsupportedOperationException();
                    }

                    @Override
                    protected void syncSpi() {
                    }

                    @Override
                    protected void flushSpi() {
                    }
                }
                : Preferences.userNodeForPackage(WindowLayout.class).node("window");
        return new WindowLayout(root);
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
        // remembered on another screen, or larger than this one: start afresh
        boolean fits = x >= screen.getMinX() - 1 && y >= screen.getMinY() - 1
                && x + w <= screen.getMaxX() + 1 && y + h <= screen.getMaxY() + 1;
        if (!fits || w < MIN_WIDTH / 2 || h < MIN_HEIGHT / 2) {
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
        // some window managers (openbox) map the window at their own size and ignore the one set
        // before it was shown: set it again once it is on screen
        double[] wanted = {x, y, w, h};
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> javafx.application.Platform.runLater(() -> {
            if (!stage.isMaximized() && (Math.abs(stage.getWidth() - wanted[2]) > 2
                    || Math.abs(stage.getHeight() - wanted[3]) > 2)) {
                stage.setWidth(wanted[2]);
                stage.setHeight(wanted[3]);
                stage.setX(wanted[0]);
                stage.setY(wanted[1]);
            }
        }));
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
