package org.annalist.keydates;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Writes each topic's raw evidence per day (target/keydates-evidence-TOPIC.tsv) for offline study of the weights. */
@Tag("evaluation")
class KeyDatesDumpTest {

    @Test
    void writesTheEvidenceOfEveryDay() throws IOException {
        assumeTrue(Topic.available(), "news-dev data not found");
        Files.createDirectories(Path.of("target"));
        for (String name : List.of("libya", "egypt")) {
            Topic t = Topic.load(name);
            CorpusDays days = KeyDateRanker.evidence(t.analysis(), KeyDateWeights.standard());
            StringBuilder out = new StringBuilder("day");
            for (Evidence e : Evidence.values()) {
                out.append('\t').append(e.id());
            }
            out.append('\n');
            for (DayEvidence d : days.days()) {
                out.append(d.day());
                for (Evidence e : Evidence.values()) {
                    out.append('\t').append(d.value(e));
                }
                out.append('\n');
            }
            Files.writeString(Path.of("target/keydates-evidence-" + name + ".tsv"), out);
        }
    }
}
