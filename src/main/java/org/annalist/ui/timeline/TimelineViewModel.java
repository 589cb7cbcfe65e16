package org.annalist.ui.timeline;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.annalist.events.Event;
import org.annalist.timeline.ColourMode;
import org.annalist.timeline.LaneIndex;
import org.annalist.timeline.LaneMode;
import org.annalist.timeline.MarkLayout;
import org.annalist.timeline.RobustRange;
import org.annalist.timeline.TimeScale;
import org.annalist.ui.workspace.WorkspaceViewModel;

/**
 * The timeline's state: lane and colour modes, the lane index of the shown events, and the time
 * scale (what range is visible). Zoom, pan and fit live here so tests can drive them.
 */
public final class TimelineViewModel {

    private final WorkspaceViewModel workspace;
    private final ObjectProperty<LaneMode> laneMode = new SimpleObjectProperty<>(LaneMode.ACTOR);
    private final ObjectProperty<ColourMode> colourMode = new SimpleObjectProperty<>(ColourMode.TYPE);
    private final ReadOnlyObjectWrapper<LaneIndex> index = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RobustRange> range = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<TimeScale> scale = new SimpleObjectProperty<>(TimeScale.fit(
            LocalDate.now().minusMonths(1), LocalDate.now(), 800, 20));
    private final DoubleProperty plotWidth = new SimpleDoubleProperty(800);
    private boolean fitted;
    private boolean publishing;

    public TimelineViewModel(WorkspaceViewModel workspace) {
        this.workspace = workspace;
        workspace.shownProperty().addListener(o -> rebuild());
        laneMode.addListener(o -> rebuild());
        workspace.analysisProperty().addListener(o -> fitted = false);
        plotWidth.addListener((o, was, now) -> {
            scale.set(scale.get().withWidth(now.doubleValue()));
            if (!fitted) {
                fit();
            }
        });
        scale.addListener(o -> publishRange());
        // the visible range is also an input: typed dates (the Dates fields) move the timeline
        workspace.visibleFromProperty().addListener(o -> followRequestedRange());
        workspace.visibleToProperty().addListener(o -> followRequestedRange());
        rebuild();
        publishRange();
    }

    private void rebuild() {
        LaneIndex built = LaneIndex.build(workspace.analysis(), workspace.shown(), laneMode.get());
        range.set(RobustRange.of(built.events()).orElse(null));
        index.set(built);
        if (!fitted) {
            fit();
        }
    }

    private void publishRange() {
        publishing = true;
        try {
            workspace.visibleFromProperty().set(scale.get().firstDate());
            workspace.visibleToProperty().set(scale.get().lastDate());
        } finally {
            publishing = false;
        }
    }

    private void followRequestedRange() {
        LocalDate f = workspace.visibleFromProperty().get();
        LocalDate t = workspace.visibleToProperty().get();
        if (publishing || f == null || t == null || t.isBefore(f)) {
            return;
        }
        if (!f.equals(scale.get().firstDate()) || !t.equals(scale.get().lastDate())) {
            showExactly(f.toEpochDay(), t.toEpochDay() + 1);
        }
    }

    /**
     * Shows where most shown events are ({@link RobustRange}); stray dates far outside are left
     * off screen and counted apart. What the window opens on and what "Fit" does.
     */
    public void fit() {
        RobustRange r = range.get();
        if (r == null) {
            fitAll();
            return;
        }
        scale.set(TimeScale.fit(r.from(), r.to(), plotWidth.get(), 24));
        fitted = true;
    }

    /** Shows every shown, dated event, outliers included (Home). */
    public void fitAll() {
        LaneIndex i = index.get();
        if (i.isEmpty()) {
            // nothing dated yet: show the publication dates, so the axis is about these articles
            var days = workspace.analysis().articles().stream().filter(a -> a.published().isKnown())
                    .mapToLong(a -> a.published().date().toEpochDay()).summaryStatistics();
            if (days.getCount() > 0) {
                scale.set(TimeScale.fit(days.getMin() - 3, days.getMax() + 4, plotWidth.get(), 24));
            }
            fitted = false;
            return;
        }
        scale.set(TimeScale.fit(i.minDay(), i.maxDay(), plotWidth.get(), 24));
        fitted = true;
    }

    /** Zooms by {@code factor} (above 1 zooms in) around plot x {@code anchorX}. */
    public void zoom(double factor, double anchorX) {
        scale.set(scale.get().zoomAround(anchorX, factor));
        fitted = true;
    }

    public void zoomIn() {
        zoom(1.5, plotWidth.get() / 2);
    }

    public void zoomOut() {
        zoom(1 / 1.5, plotWidth.get() / 2);
    }

    /** Content follows the pointer by {@code dx} pixels. */
    public void pan(double dx) {
        scale.set(scale.get().pan(dx));
        fitted = true;
    }

    /** Shows {@code from..to} (inclusive days). */
    public void show(LocalDate from, LocalDate to) {
        scale.set(TimeScale.fit(from, to, plotWidth.get(), 24));
        fitted = true;
    }

    /** Shows exactly the days {@code [fromDay, toDay)}, without margins: a span dragged or typed. */
    public void showExactly(double fromDay, double toDay) {
        if (toDay > fromDay) {
            scale.set(TimeScale.exactly(fromDay, toDay, plotWidth.get()));
            fitted = true;
        }
    }

    /**
     * Zooms into a crowd that was clicked: to its days when they span several, or, for one busy
     * day, until the day is wide enough for its events to fan out side by side.
     */
    public void zoomToCrowd(List<Event> crowd) {
        if (crowd.isEmpty()) {
            return;
        }
        LocalDate from = crowd.stream().map(e -> e.date().start()).min(LocalDate::compareTo).orElseThrow();
        LocalDate to = crowd.stream().map(e -> e.date().start()).max(LocalDate::compareTo).orElseThrow();
        if (to.isAfter(from)) {
            TimeScale s = scale.get();
            double span = to.toEpochDay() - from.toEpochDay() + 2;
            if (span * 2 <= s.endDay() - s.startDay()) {
                show(from.minusDays(1), to.plusDays(1));
            } else {
                // the crowd fills most of the view already: zoom in three times around it instead
                double mid = (from.toEpochDay() + to.toEpochDay() + 1) / 2.0;
                zoom(3, s.x(mid));
            }
            return;
        }
        double wantedPpd = crowd.size() * MarkLayout.FAN_PITCH * 1.25;
        double days = Math.max(plotWidth.get() * TimeScale.MIN_DAYS_PER_PIXEL, plotWidth.get() / wantedPpd);
        double day = from.toEpochDay();
        showExactly(day + 0.5 - days / 2, day + 0.5 + days / 2);
    }

    /** Lists the events outside the fitted range in the event pane, earliest first. */
    public void listOutside() {
        RobustRange r = range.get();
        if (r != null && r.hasOutliers()) {
            workspace.selection().list(r.describeOutside(), r.outside());
        }
    }

    /** Where most shown events are, with the outliers; {@code null} when none is dated. */
    public ReadOnlyObjectProperty<RobustRange> rangeProperty() {
        return range.getReadOnlyProperty();
    }

    /** Centres the view on an event without changing the zoom, unless it is already visible. */
    public void reveal(Event e) {
        if (e == null || !e.isDated()) {
            return;
        }
        TimeScale s = scale.get();
        double day = e.date().start().toEpochDay();
        if (day < s.startDay() || day > s.endDay()) {
            scale.set(s.pan(s.width() / 2 - s.x(day)));
        }
    }

    /** The next (or previous) shown event in time after the selected one. */
    public Event neighbour(Event current, int direction) {
        List<Event> dated = index.get().events().stream()
                .sorted(java.util.Comparator.comparing((Event e) -> e.date().start()).thenComparing(Event::id))
                .toList();
        if (dated.isEmpty()) {
            return null;
        }
        int at = current == null ? -1 : dated.indexOf(current);
        if (at < 0) {
            return direction > 0 ? dated.get(0) : dated.get(dated.size() - 1);
        }
        return dated.get(Math.max(0, Math.min(dated.size() - 1, at + direction)));
    }

    public ObjectProperty<LaneMode> laneModeProperty() {
        return laneMode;
    }

    public ObjectProperty<ColourMode> colourModeProperty() {
        return colourMode;
    }

    public ReadOnlyObjectProperty<LaneIndex> indexProperty() {
        return index.getReadOnlyProperty();
    }

    public LaneIndex index() {
        return index.get();
    }

    public ObjectProperty<TimeScale> scaleProperty() {
        return scale;
    }

    public TimeScale scale() {
        return scale.get();
    }

    public DoubleProperty plotWidthProperty() {
        return plotWidth;
    }

    public WorkspaceViewModel workspace() {
        return workspace;
    }

    /** Helper for cluster clicks: the events a cluster stands for. */
    static List<Event> eventsOf(LaneIndex index, org.annalist.timeline.Mark mark) {
        return MarkLayout.events(index, mark);
    }
}
