package org.annalist.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Recognizer throughput on the TempEval-3 training texts (tags stripped), single thread. */
class RecognizerThroughputTest {

    private static final Pattern TEXT = Pattern.compile("<TEXT>(.*?)</TEXT>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    static List<String> tempEvalTexts() throws IOException {
        Path root = Path.of(System.getProperty("annalist.shared", "../shared"), "data", "tempeval3-train");
        List<String> texts = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return texts;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".tml")).sorted().toList()) {
                String xml = Files.readString(f, StandardCharsets.UTF_8);
                Matcher m = TEXT.matcher(xml);
                texts.add(TAG.matcher(m.find() ? m.group(1) : xml).replaceAll(""));
            }
        }
        return texts;
    }

    @Test
    @Tag("evaluation")
    void measuresMegabytesPerSecond() throws IOException {
        List<String> texts = tempEvalTexts();
        assumeTrue(!texts.isEmpty(), "shared TempEval data absent");
        CatalogActorRecognizer recognizer = CatalogActorRecognizer.standard();
        long chars = texts.stream().mapToLong(String::length).sum();
        int mentions = 0;
        for (int warm = 0; warm < 5; warm++) {
            for (String t : texts) {
                mentions += recognizer.find(t, null).size();
            }
        }
        int rounds = 20;
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (String t : texts) {
                mentions += recognizer.find(t, null).size();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double mb = chars * rounds / 1e6;
        // the machine is shared: CPU time of this thread is the fairer figure
        System.out.printf(Locale.ROOT, "actor recognizer: %d texts, %.2f MB x %d rounds: %.1f MB/s wall, %.1f MB/s CPU, %.3f ms CPU per 5 KB (one thread)%n",
                texts.size(), chars / 1e6, rounds, mb / seconds, mb / cpu, cpu * 1000 / (mb * 1e6 / 5000));
        assertThat(mentions).isPositive();
    }
}
