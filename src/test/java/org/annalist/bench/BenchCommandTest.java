package org.annalist.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.annalist.cli.AnnalistCommand;
import org.junit.jupiter.api.Test;

class BenchCommandTest {

    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = AnnalistCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int status = cl.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void smallBenchPrintsThroughputFramesAndTargets() {
        Run run = run("bench", "--articles", "30", "--events", "200", "--no-first-frame");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("machine: " + Runtime.getRuntime().availableProcessors() + " cores");
        assertThat(run.out()).containsPattern("(?m)^\\s+30\\s+\\d+\\.\\d\\s+\\d+\\.\\d\\d");
        assertThat(run.out()).containsPattern("(?m)^\\s+200\\s+window\\s+no-op\\s+\\d+");
        assertThat(run.out()).containsPattern("(?m)^\\s+200\\s+window\\s+Java2D\\s+\\d+");
        assertThat(run.out()).containsPattern("(?m)^\\s+200\\s+picture\\s+Java2D\\s+\\d+");
        assertThat(run.out()).contains("first frame: not measured").contains("targets:")
                .contains("need --articles 10000").contains("needs --events 100000");
    }

    @Test
    void badSizesAreABadUsage() {
        Run run = run("bench", "--articles", "0", "--no-first-frame");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("annalist bench: sizes must be positive");
    }
}
