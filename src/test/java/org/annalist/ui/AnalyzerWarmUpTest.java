package org.annalist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.annalist.analysis.Analysis;
import org.annalist.analysis.Analyzer;
import org.annalist.corpus.Corpus;
import org.annalist.corpus.CorpusReader;
import org.annalist.export.AnalysisJson;
import org.annalist.task.Progress;
import org.junit.jupiter.api.Test;

/** The analyzer built on the launch thread is the standard one: the window shows what the CLI extracts. */
class AnalyzerWarmUpTest {

    @Test
    void theAnalyzerBuiltAtLaunchExtractsExactlyWhatTheStandardOneDoes() throws IOException {
        AnalyzerWarmUp.start();
        Analyzer warmed = AnalyzerWarmUp.take();
        Corpus samples = new CorpusReader().read(List.of(Path.of("samples")), Progress.NONE);

        String fromWarmed = json(warmed.analyze(samples, Progress.NONE));
        String fromStandard = json(Analyzer.standard().analyze(samples, Progress.NONE));

        assertThat(fromWarmed).contains("\"events\"").isEqualTo(fromStandard);
    }

    @Test
    void itIsTakenOnceSoASecondWindowGetsAnAnalyzerOfItsOwn() {
        AnalyzerWarmUp.start();
        Analyzer first = AnalyzerWarmUp.take();
        Analyzer second = AnalyzerWarmUp.take();

        assertThat(second).isNotNull().isNotSameAs(first);
    }

    private static String json(Analysis analysis) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AnalysisJson().write(analysis, out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
