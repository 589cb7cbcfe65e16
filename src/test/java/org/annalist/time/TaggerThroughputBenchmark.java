package org.annalist.time;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/** JMH: one pass of the tagger over all TempEval-3 texts (single thread); see {@link TaggerThroughputTest}. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TaggerThroughputBenchmark {

    List<String> texts;
    List<LocalDate> dcts;
    TimeTagger tagger;

    @Setup
    public void load() throws Exception {
        List<TempEvalCorpus.Document> docs = TempEvalCorpus.load(TempEvalCorpus.folder());
        texts = docs.stream().map(TempEvalCorpus.Document::text).toList();
        dcts = docs.stream().map(TempEvalCorpus.Document::dct).toList();
        tagger = TimeTagger.standard();
    }

    @Benchmark
    public void tagCorpus(Blackhole hole) {
        for (int i = 0; i < texts.size(); i++) {
            hole.consume(tagger.tag(texts.get(i), dcts.get(i)));
        }
    }
}
