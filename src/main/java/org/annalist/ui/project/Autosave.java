package org.annalist.ui.project;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/** Autosaves a project with unsaved changes at a fixed interval, so a crash loses little. */
public final class Autosave {

    private final Timeline timer;

    public Autosave(ProjectController project, Duration every) {
        timer = new Timeline(new KeyFrame(every, e -> project.autosaveIfDirty()));
        timer.setCycleCount(Timeline.INDEFINITE);
    }

    public void start() {
        timer.play();
    }

    public void stop() {
        timer.stop();
    }
}
