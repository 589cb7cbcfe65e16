package org.annalist.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Tracks heap use while some work runs. Two figures: the highest used heap seen by sampling
 * {@link MemoryMXBean} every few milliseconds (includes garbage not yet collected, so it depends on
 * the heap limit and the collector), and the live set measured after a forced full GC at
 * {@link #liveAfterGc()} while the caller still holds its result.
 */
public final class HeapSampler implements AutoCloseable {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peakUsed;

    private HeapSampler(long periodMillis) {
        ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .forEach(MemoryPoolMXBean::resetPeakUsage);
        peakUsed = used();
        thread = new Thread(() -> {
            while (running) {
                peakUsed = Math.max(peakUsed, used());
                try {
                    Thread.sleep(periodMillis);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** Forces a full GC first so that the baseline is the live set, then starts sampling. */
    public static HeapSampler start(long periodMillis) {
        fullGc();
        return new HeapSampler(periodMillis);
    }

    /** Highest used heap sampled so far, in bytes. */
    public long peakUsed() {
        return Math.max(peakUsed, used());
    }

    /** Used heap right after a forced full GC: what the caller's live objects occupy. */
    public long liveAfterGc() {
        fullGc();
        return used();
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }

    private static long used() {
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    private static void fullGc() {
        // Two rounds: the first may only finalise objects that the second reclaims.
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
    }
}
