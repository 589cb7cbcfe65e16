package org.annalist.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchReportTest {

    private final MachineInfo machine = new MachineInfo(2, "Linux", "JVM", 1L << 30, "G1");

    @Test
    void targetsAreMetOrMissedFromTheFigures() {
        ThroughputResult fast = new ThroughputResult(10_000, 20_000_000, 2_000_000_000L, 10_000_000_000L,
                15_000_000_000L, 5, 400L << 20, 200L << 20);
        FrameResult slowFrame = new FrameResult("window", "Java2D", 100_000, 10, 25, 30, 40, 20);
        FirstFrameResult first = new FirstFrameResult(true, 2_500, 2_300, "");

        List<String> lines = BenchReport.targets(new BenchRun.Results(machine, List.of(fast),
                List.of(new FrameResult("window", "no-op", 100_000, 10, 1, 1, 1, 1), slowFrame), first));

        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("  MET").contains("12.0 s"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("  MET").contains("peak heap 400 MB"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("  MET").contains("painter work").contains("median 1.0 ms"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("  MISSED").contains("Java2D").contains("median 25.0 ms"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("  MET").contains("first frame 2500 ms"));
    }

    @Test
    void tooSlowCorpusAndTooMuchHeapAreMissed() {
        ThroughputResult slow = new ThroughputResult(10_000, 20_000_000, 5_000_000_000L, 16_000_000_000L,
                30_000_000_000L, 5, 1_500L << 20, 900L << 20);

        List<String> lines = BenchReport.targets(new BenchRun.Results(machine, List.of(slow), List.of(),
                FirstFrameResult.skipped("no display")));

        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("  MISSED").contains("21.0 s"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("  MISSED").contains("peak heap 1500 MB"));
        assertThat(lines).contains("  -      first frame not measured");
    }
}
