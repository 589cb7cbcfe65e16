package org.annalist.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * TempEval-3 training data (TimeBank + AQUAINT): the regression floor runs in the default build
 * (a few seconds); the full report with error analysis runs with {@code -Pevaluation}. Both are
 * skipped when the shared data folder is absent.
 */
class TempEvalTest {

    /** The value F1 reached on the training set, minus about two points. */
    private static final double VALUE_F1_FLOOR = 0.78;
    private static final double RELAXED_F1_FLOOR = 0.915;

    record Result(TempEvalScore all, Map<String, TempEvalScore> perCorpus) {
    }

    static Result evaluate() throws Exception {
        assumeTrue(Files.isDirectory(TempEvalCorpus.folder()), "no TempEval-3 data at " + TempEvalCorpus.folder());
        List<TempEvalCorpus.Document> docs = TempEvalCorpus.load(TempEvalCorpus.folder());
        TempEvalScore all = new TempEvalScore();
        Map<String, TempEvalScore> per = new TreeMap<>();
        for (TempEvalCorpus.Document d : docs) {
            List<TimeExpression> found = TimeTagger.standard().tag(d.text(), d.dct());
            all.add(d, found);
            per.computeIfAbsent(d.corpus(), k -> new TempEvalScore()).add(d, found);
        }
        return new Result(all, per);
    }

    @Test
    void valueF1StaysAboveTheFloor() throws Exception {
        Result r = evaluate();

        assertThat(r.all().valueF1()).as(r.all().line("overall")).isGreaterThanOrEqualTo(VALUE_F1_FLOOR);
        assertThat(r.all().relaxedF1()).as(r.all().line("overall")).isGreaterThanOrEqualTo(RELAXED_F1_FLOOR);
    }

    @Test
    @Tag("evaluation")
    void printsScoresAndErrorAnalysis() throws Exception {
        Result r = evaluate();

        System.out.println("TempEval-3 train (TimeBank + AQUAINT), tags stripped, DCT from CREATION_TIME");
        System.out.println(r.all().line("overall"));
        r.perCorpus().forEach((k, v) -> System.out.println(v.line(k)));
        System.out.println(r.all().analysis(15));
        assertThat(r.all().valueF1()).isGreaterThanOrEqualTo(VALUE_F1_FLOOR);
    }
}
