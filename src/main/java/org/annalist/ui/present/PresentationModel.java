package org.annalist.ui.present;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.annalist.events.Event;

/**
 * The state of a presentation, without any window: the dated events in time order, which one is
 * current, whether later events are hidden ("reveal"), and the play speed. Views listen to it.
 */
public final class PresentationModel {

    /** Seconds per step that Play offers, slowest last. */
    public static final List<Double> SPEEDS = List.of(1.0, 2.0, 4.0, 8.0);

    private final List<Event> events;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private int index;
    private boolean reveal;
    private boolean playing;
    private int speed = 2;

    public PresentationModel(List<Event> shown) {
        events = shown.stream().filter(Event::isDated)
                .sorted(Comparator.comparing((Event e) -> e.date().start()).thenComparing(e -> e.date().end())
                        .thenComparing(Event::id))
                .toList();
    }

    public List<Event> events() {
        return events;
    }

    public boolean isEmpty() {
        return events.isEmpty();
    }

    public int index() {
        return index;
    }

    public Event current() {
        return events.isEmpty() ? null : events.get(index);
    }

    /** The events drawn on the strip: all, or in reveal mode only those up to the current one. */
    public List<Event> visible() {
        return reveal ? new ArrayList<>(events.subList(0, events.isEmpty() ? 0 : index + 1)) : events;
    }

    public boolean next() {
        return go(index + 1);
    }

    public boolean previous() {
        return go(index - 1);
    }

    public boolean first() {
        return go(0);
    }

    public boolean last() {
        return go(events.size() - 1);
    }

    /** Moves to step {@code i}; false when it does not exist. */
    public boolean go(int i) {
        if (i < 0 || i >= events.size() || i == index) {
            return false;
        }
        index = i;
        fire();
        return true;
    }

    public boolean isReveal() {
        return reveal;
    }

    public void setReveal(boolean on) {
        reveal = on;
        fire();
    }

    public boolean isPlaying() {
        return playing;
    }

    public void setPlaying(boolean on) {
        playing = on && !events.isEmpty();
        fire();
    }

    /** Seconds per step while playing. */
    public double secondsPerStep() {
        return SPEEDS.get(speed);
    }

    public void faster() {
        speed = Math.max(0, speed - 1);
        fire();
    }

    public void slower() {
        speed = Math.min(SPEEDS.size() - 1, speed + 1);
        fire();
    }

    public void addListener(Runnable r) {
        listeners.add(r);
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }
}
