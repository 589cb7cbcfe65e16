package org.annalist.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.annalist.ui.present.PresentationMode;

/**
 * The keyboard shortcuts as the user sees them, read from the menus' own accelerators and the
 * presentation mode's key table, so the Help dialog cannot drift from what the keys do.
 */
final class ShortcutList {

    /** Keys handled inside the views rather than by menu items (the views' key handlers own them). */
    static final String VIEW_KEYS = """
            Timeline: Left/Right pan, +/- zoom, F fit the events, Home fit all, Up/Down scroll lanes,
              Page Up/Down or [ ] previous/next event; drag on the overview strip picks the visible range
            Graph: N/P or arrows step through actors
            Tab moves between controls; Space/Enter activates""";

    private ShortcutList() {
    }

    /**
     * A key combination from "Shortcut+Shift+O" or "Shortcut+CLOSE_BRACKET": the last part may be a
     * {@link KeyCode} constant, so that the menu shows "Ctrl+]" rather than the constant's name.
     */
    static KeyCombination keys(String spec) {
        int plus = spec.lastIndexOf('+');
        String key = spec.substring(plus + 1);
        KeyCode code = null;
        try {
            code = key.length() > 1 ? KeyCode.valueOf(key) : null;
        } catch (IllegalArgumentException e) {
            code = null;
        }
        if (code == null) {
            return KeyCombination.keyCombination(spec);
        }
        List<KeyCombination.Modifier> modifiers = new ArrayList<>();
        for (String m : plus < 0 ? new String[0] : spec.substring(0, plus).split("\\+")) {
            modifiers.add(switch (m.toLowerCase(java.util.Locale.ROOT)) {
                case "shortcut" -> KeyCombination.SHORTCUT_DOWN;
                case "shift" -> KeyCombination.SHIFT_DOWN;
                case "alt" -> KeyCombination.ALT_DOWN;
                case "ctrl" -> KeyCombination.CONTROL_DOWN;
                case "meta" -> KeyCombination.META_DOWN;
                default -> throw new IllegalArgumentException("unknown modifier " + m + " in " + spec);
            });
        }
        return new KeyCodeCombination(code, modifiers.toArray(KeyCombination.Modifier[]::new));
    }

    /** One line per menu item with a shortcut ("File > Export…  Ctrl+E"), then presentation and view keys. */
    static String describe(MenuBar bar) {
        StringBuilder s = new StringBuilder();
        for (Menu menu : bar.getMenus()) {
            collect(menu, clean(menu.getText()), s);
        }
        s.append("\nPresentation (F5):\n");
        for (PresentationMode.KeyAction a : PresentationMode.KEYS) {
            s.append("  ").append(a.keyNames()).append("  ").append(a.what()).append('\n');
        }
        return s.append('\n').append(VIEW_KEYS).toString();
    }

    private static void collect(Menu menu, String path, StringBuilder s) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, path + " > " + clean(sub.getText()), s);
            } else if (!(item instanceof SeparatorMenuItem) && item.getAccelerator() != null) {
                s.append(item.getAccelerator().getDisplayText()).append("  ").append(path).append(" > ")
                        .append(clean(item.getText())).append('\n');
            }
        }
    }

    private static String clean(String text) {
        return text == null ? "" : text.replace("_", "");
    }
}
