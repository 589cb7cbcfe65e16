package org.annalist.ui.present;

import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.annalist.analysis.Analysis;
import org.annalist.events.Event;

/**
 * Classroom presentation: a full-screen, high-contrast stage that steps through the dated events in
 * time order. Keys: Right, Down, Page Down, Space, Enter = next (presenter clickers send Page
 * Up/Down); Left, Up, Page Up, Backspace = previous; Home/End; R = reveal (hide later events);
 * P = play/pause; + and - = faster/slower; Escape leaves.
 */
public final class PresentationMode {

    private final Stage stage;
    private final PresentationModel model;
    private final Timeline player = new Timeline();

    private PresentationMode(Window owner, Analysis analysis, List<Event> shown, boolean fullScreen) {
        model = new PresentationModel(shown);
        SlideView view = new SlideView(analysis, model);
        stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle("Annalist presentation");
        Scene scene = new Scene(view, 1280, 720);
        scene.setFill(javafx.scene.paint.Color.BLACK);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        stage.setScene(scene);
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        if (fullScreen) {
            // without a window manager (a bare X server, some kiosks) full screen is not granted: cover the
            // owner's screen anyway rather than open a 1280x720 window in its corner
            javafx.geometry.Rectangle2D screen = (owner == null ? javafx.stage.Screen.getPrimary()
                    : javafx.stage.Screen.getScreensForRectangle(owner.getX(), owner.getY(), Math.max(1, owner.getWidth()),
                    Math.max(1, owner.getHeight())).stream().findFirst().orElse(javafx.stage.Screen.getPrimary()))
                    .getBounds();
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
            stage.setWidth(screen.getWidth());
            stage.setHeight(screen.getHeight());
        }
        stage.setFullScreen(fullScreen);
        stage.setOnHidden(e -> player.stop());
        player.setCycleCount(Timeline.INDEFINITE);
        model.addListener(this::syncPlayer);
    }

    /** Opens the presentation full screen over {@code owner} on these (filtered) events. */
    public static PresentationMode show(Window owner, Analysis analysis, List<Event> shown) {
        return show(owner, analysis, shown, true);
    }

    /** As {@link #show(Window, Analysis, List)}, optionally in a window (for rehearsal and tests). */
    public static PresentationMode show(Window owner, Analysis analysis, List<Event> shown, boolean fullScreen) {
        return show(owner, analysis, shown, null, fullScreen, e -> { });
    }

    /**
     * Starts on {@code start} (the event selected in the window; the first when null or not shown)
     * and hands the last event shown to {@code onLeave}, so the window returns to it.
     */
    public static PresentationMode show(Window owner, Analysis analysis, List<Event> shown, Event start,
                                        boolean fullScreen, java.util.function.Consumer<Event> onLeave) {
        PresentationMode p = new PresentationMode(owner, analysis, shown, fullScreen);
        if (start != null) {
            p.model.events().stream().filter(e -> e.id().equals(start.id())).findFirst()
                    .ifPresent(e -> p.model.go(p.model.events().indexOf(e)));
        }
        p.stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, ev -> {
            if (p.model.current() != null) {
                onLeave.accept(p.model.current());
            }
        });
        p.stage.show();
        p.stage.toFront();
        p.stage.getScene().getRoot().requestFocus();
        return p;
    }

    public Stage stage() {
        return stage;
    }

    public PresentationModel model() {
        return model;
    }

    public void close() {
        player.stop();
        stage.close();
    }

    /** One presentation key binding: what it does, the keys that do it, and the action. */
    public record KeyAction(String what, List<KeyCode> keys, java.util.function.Consumer<PresentationMode> run) {

        /** "Right, Down, Page Down" as the keys are labelled. */
        public String keyNames() {
            return String.join(", ", keys.stream().map(KeyCode::getName).toList());
        }
    }

    /** Every key of presentation mode; the key handler and the shortcuts dialog both read this list. */
    public static final List<KeyAction> KEYS = List.of(
            new KeyAction("next event", List.of(KeyCode.RIGHT, KeyCode.DOWN, KeyCode.PAGE_DOWN, KeyCode.SPACE,
                    KeyCode.ENTER, KeyCode.N), p -> p.step(true)),
            new KeyAction("previous event", List.of(KeyCode.LEFT, KeyCode.UP, KeyCode.PAGE_UP, KeyCode.BACK_SPACE,
                    KeyCode.B), p -> p.step(false)),
            new KeyAction("first event", List.of(KeyCode.HOME), p -> p.model.first()),
            new KeyAction("last event", List.of(KeyCode.END), p -> p.model.last()),
            new KeyAction("reveal: hide the events after this one", List.of(KeyCode.R),
                    p -> p.model.setReveal(!p.model.isReveal())),
            new KeyAction("play / pause", List.of(KeyCode.P), p -> p.model.setPlaying(!p.model.isPlaying())),
            new KeyAction("faster", List.of(KeyCode.PLUS, KeyCode.ADD, KeyCode.EQUALS), p -> p.model.faster()),
            new KeyAction("slower", List.of(KeyCode.MINUS, KeyCode.SUBTRACT), p -> p.model.slower()),
            new KeyAction("leave", List.of(KeyCode.ESCAPE), PresentationMode::close));

    private void onKey(KeyEvent e) {
        for (KeyAction a : KEYS) {
            if (a.keys().contains(e.getCode())) {
                a.run().accept(this);
                e.consume();
                return;
            }
        }
    }

    /** A manual step pauses Play, so the presenter stays in control. */
    private void step(boolean forward) {
        model.setPlaying(false);
        if (forward) {
            model.next();
        } else {
            model.previous();
        }
    }

    private Duration playedInterval;

    private void syncPlayer() {
        if (!model.isPlaying()) {
            player.stop();
            playedInterval = null;
            return;
        }
        Duration every = Duration.seconds(model.secondsPerStep());
        if (every.equals(playedInterval)) {
            return;
        }
        playedInterval = every;
        player.stop();
        player.getKeyFrames().setAll(new KeyFrame(every, ev -> {
            if (!model.next()) {
                model.setPlaying(false);
            }
        }));
        player.playFromStart();
    }
}
