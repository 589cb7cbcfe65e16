package org.annalist.ui.graph;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.util.Duration;
import org.annalist.timeline.LaneIndex;
import org.annalist.timeline.TimeScale;
import org.annalist.ui.timeline.TimelineViewModel;

/**
 * Plays the story through time: slides the timeline's window from the first event to the last; the
 * graph follows the visible range, so it grows and changes as the window moves.
 */
public final class PlayController {

    private static final double WINDOW_FRACTION = 1 / 6.0;
    private static final int STEPS = 240;

    private final TimelineViewModel timeline;
    private final BooleanProperty playing = new SimpleBooleanProperty(false);
    private final Timeline ticker;

    public PlayController(TimelineViewModel timeline) {
        this.timeline = timeline;
        ticker = new Timeline(new KeyFrame(Duration.millis(60), e -> tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        playing.addListener((o, was, now) -> {
            if (now) {
                start();
            } else {
                ticker.stop();
            }
        });
    }

    private void start() {
        LaneIndex index = timeline.index();
        if (index.isEmpty()) {
            playing.set(false);
            return;
        }
        double total = index.maxDay() - index.minDay();
        TimeScale s = timeline.scale();
        if (s.endDay() - s.startDay() > total * 0.5 || s.endDay() >= index.maxDay()) {
            double window = Math.max(7, total * WINDOW_FRACTION);
            timeline.scaleProperty().set(new TimeScale(index.minDay() - window / 2, window / s.width(), s.width()));
        }
        ticker.play();
    }

    /** One step forward; stops at the end. */
    public void tick() {
        LaneIndex index = timeline.index();
        TimeScale s = timeline.scale();
        double stepDays = Math.max(0.5, (index.maxDay() - index.minDay()) / STEPS);
        timeline.pan(-stepDays / s.daysPerPixel());
        if (timeline.scale().day(timeline.scale().width() / 2) >= index.maxDay()) {
            playing.set(false);
        }
    }

    public BooleanProperty playingProperty() {
        return playing;
    }
}
