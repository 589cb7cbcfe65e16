package org.annalist.analysis;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * When a load hands out an interim analysis: the first once a delay has passed (a small corpus is
 * done before and gets none), then at doubling intervals, at most {@link #MAX_INTERIMS} and none
 * past two thirds of the articles, so the extra merges and redraws cost a small share of the load.
 * One thread builds it while the others go on. One pace serves both the reading and the final
 * phase of a load.
 */
final class InterimPace {

    static final int MAX_INTERIMS = 2;

    private final AtomicBoolean building = new AtomicBoolean();
    private final long started = System.nanoTime();
    private volatile long next;
    private volatile int given; // written only by the thread holding "building"

    InterimPace(long firstAfterNanos) {
        this.next = started + firstAfterNanos;
    }

    /** Hands {@code build}'s analysis to the load's sink when one is due with {@code done} of {@code total} articles analysed. */
    void offer(long done, long total, Runnable build) {
        long now = System.nanoTime();
        if (now < next || done * 3 > total * 2 || given >= MAX_INTERIMS || !building.compareAndSet(false, true)) {
            return; // not yet, well on the way anyway, enough given, or another thread is building one
        }
        try {
            given++;
            build.run();
            next = System.nanoTime() + 2 * (now - started);
        } finally {
            building.set(false);
        }
    }
}
