package org.annalist.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.annalist.corpus.Corpus;
import org.annalist.corpus.CorpusReader;
import org.annalist.task.Progress;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Articles per second of the whole pipeline (reading files, time expressions, actors, events,
 * merging, graph) over the TempEval-3 training texts written out as 1,024 plain-text articles,
 * each with a sidecar publication date shifted per copy.
 */
@Tag("evaluation")
class PipelineThroughputTest {

    private static final int ARTICLES = 1024;
    private static final Pattern DCT = Pattern.compile("<DCT>.*?value=\"(\\d{4}-\\d{2}-\\d{2})", Pattern.DOTALL);
    private static final Pattern TEXT = Pattern.compile("<TEXT>(.*?)</TEXT>", Pattern.DOTALL);

    @TempDir
    Path dir;

    @Test
    void measuresArticlesPerSecond() throws Exception {
        Path corpus = Path.of(System.getProperty("annalist.shared", "../shared"), "data", "tempeval3-train");
        assumeTrue(Files.isDirectory(corpus), "shared TempEval data absent");
        List<String[]> docs = documents(corpus);
        assumeTrue(!docs.isEmpty(), "no TempEval documents");
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            String[] d = docs.get(i % docs.size());
            LocalDate dct = LocalDate.parse(d[0]).plusDays(37L * (i / docs.size()));
            Path txt = dir.resolve(String.format(Locale.ROOT, "a%04d.txt", i));
            Files.writeString(txt, d[1], StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(String.format(Locale.ROOT, "a%04d.meta.json", i)),
                    "{\"published\": \"" + dct + "\"}", StandardCharsets.UTF_8);
            paths.add(txt);
        }
        Analyzer analyzer = Analyzer.standard();
        run(analyzer, paths.subList(0, 300)); // warm-up: load resources, JIT
        run(analyzer, paths.subList(300, 600));
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        Corpus read = new CorpusReader().read(paths, Progress.NONE);
        double readCpu = (processCpuNanos() - cpuStart) / 1e9;
        Analysis analysis = analyzer.analyze(read, Progress.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
        int cores = Runtime.getRuntime().availableProcessors();
        // the build machine is shared, so wall time depends on the neighbours; CPU time does not
        System.out.printf(Locale.ROOT, "pipeline throughput: %d articles, wall %.2f s = %.0f articles/s on %d cores;"
                        + " CPU %.2f s = %.0f articles per CPU-second, i.e. %.0f articles/s on %d dedicated cores"
                        + " (reading %.2f CPU-s; %d events, %d graph edges)%n",
                ARTICLES, seconds, ARTICLES / seconds, cores, cpuSeconds, ARTICLES / cpuSeconds,
                cores * ARTICLES / cpuSeconds, cores, readCpu, analysis.events().size(), analysis.graph().edges().size());
        assertThat(analysis.articles()).hasSize(ARTICLES);
    }

    private static long processCpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : System.nanoTime();
    }

    private static Analysis run(Analyzer analyzer, List<Path> paths) {
        Corpus corpus = new CorpusReader().read(paths, Progress.NONE);
        return analyzer.analyze(corpus, Progress.NONE);
    }

    /** [dct, plain text] of every .tml file: tags stripped, entities decoded. */
    private static List<String[]> documents(Path folder) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".tml")).sorted().toList()) {
                String xml = Files.readString(f, StandardCharsets.UTF_8);
                Matcher d = DCT.matcher(xml);
                Matcher t = TEXT.matcher(xml);
                if (d.find() && t.find()) {
                    String text = t.group(1).replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">")
                            .replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&").strip();
                    out.add(new String[] {d.group(1), text});
                }
            }
        }
        return out;
    }
}
