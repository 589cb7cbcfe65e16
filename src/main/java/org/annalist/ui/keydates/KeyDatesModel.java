package org.annalist.ui.keydates;

import java.util.List;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.annalist.analysis.Analysis;
import org.annalist.events.Event;
import org.annalist.keydates.KeyDate;
import org.annalist.keydates.KeyDateEvents;
import org.annalist.keydates.KeyDateRanker;
import org.annalist.ui.workspace.WorkspaceViewModel;

/**
 * The key dates of the workspace's analysis: ranked off the FX thread whenever the analysis changes
 * (a stale result is dropped), and the best {@code count} of them as the view shows, presents and exports.
 */
public final class KeyDatesModel {

    public static final int DEFAULT_COUNT = 10;

    private final WorkspaceViewModel workspace;
    private final Executor background;
    private final Executor ui;
    private final ObjectProperty<List<KeyDate>> all = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<List<KeyDate>> top = new SimpleObjectProperty<>(List.of());
    private final IntegerProperty count = new SimpleIntegerProperty(DEFAULT_COUNT);

    public KeyDatesModel(WorkspaceViewModel workspace) {
        this(workspace, r -> {
            Thread t = new Thread(r, "annalist-keydates");
            t.setDaemon(true);
            t.start();
        }, Platform::runLater);
    }

    public KeyDatesModel(WorkspaceViewModel workspace, Executor background, Executor ui) {
        this.workspace = workspace;
        this.background = background;
        this.ui = ui;
        workspace.analysisProperty().addListener((o, was, now) -> {
            if (!workspace.interimProperty().get()) { // ranked once the whole corpus is analysed
                rank(now);
            }
        });
        all.addListener((o, was, now) -> cut());
        count.addListener((o, was, now) -> cut());
        if (workspace.analysis() != null) {
            rank(workspace.analysis());
        }
    }

    private void rank(Analysis analysis) {
        if (analysis == null) {
            all.set(List.of());
            return;
        }
        background.execute(() -> {
            List<KeyDate> ranked = KeyDateRanker.standard().rank(analysis);
            ui.execute(() -> {
                if (workspace.analysis() == analysis) { // a newer analysis has its own ranking coming
                    all.set(ranked);
                }
            });
        });
    }

    private void cut() {
        List<KeyDate> a = all.get();
        top.set(List.copyOf(a.subList(0, Math.min(Math.max(1, count.get()), a.size()))));
    }

    /** Every ranked day, best first. */
    public ReadOnlyObjectProperty<List<KeyDate>> allProperty() {
        return all;
    }

    /** The best {@link #countProperty()} days, best first. */
    public ReadOnlyObjectProperty<List<KeyDate>> topProperty() {
        return top;
    }

    public IntegerProperty countProperty() {
        return count;
    }

    /** The shown key dates in date order, one event each: what presentation mode steps through. */
    public List<Event> asEvents() {
        return KeyDateEvents.of(workspace.analysis(), top.get());
    }

    /** Selects the key day everywhere: its events listed, its most supported one selected. */
    public void select(KeyDate day) {
        if (day == null || workspace.analysis() == null) {
            return;
        }
        Analysis a = workspace.analysis();
        List<Event> events = day.events().stream().map(id -> a.event(id).orElse(null))
                .filter(java.util.Objects::nonNull).toList();
        workspace.selection().list("Key date " + day.date() + " (" + events.size() + " events)", events);
        workspace.select(events.isEmpty() ? null : events.get(0));
    }

    public WorkspaceViewModel workspace() {
        return workspace;
    }
}
