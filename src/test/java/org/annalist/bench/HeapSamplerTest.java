package org.annalist.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeapSamplerTest {

    @Test
    void liveHeapIncludesWhatTheCallerStillHolds() throws InterruptedException {
        int size = 64 << 20;
        try (HeapSampler sampler = HeapSampler.start(1)) {
            long before = sampler.liveAfterGc();
            byte[] held = new byte[size];
            held[size - 1] = 1;
            Thread.sleep(20);

            long live = sampler.liveAfterGc();

            assertThat(live - before).isGreaterThan(size * 9L / 10);
            assertThat(sampler.peakUsed()).isGreaterThanOrEqualTo(live);
            assertThat(held[size - 1]).isEqualTo((byte) 1);
        }
    }
}
