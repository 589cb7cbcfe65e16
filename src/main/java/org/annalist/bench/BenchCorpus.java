package org.annalist.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a corpus of {@code n} articles as {@code .txt} + {@code .meta.json} pairs, so that a
 * benchmark measures reading as well as extraction. Article {@code i} is source text
 * {@code i mod k}; each further copy of a text is dated 29 days later than the previous one, so
 * dates spread over years and copies do not all collapse onto the same days.
 */
public final class BenchCorpus {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BenchCorpus() {
    }

    /** A written corpus: its folder, article count and total size of the article texts. */
    public record Written(Path folder, int articles, long textBytes) {
    }

    public static Written write(Path folder, int n, List<SourceText> sources) throws IOException {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("no source texts");
        }
        Files.createDirectories(folder);
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            SourceText s = sources.get(i % sources.size());
            int copy = i / sources.size();
            String name = String.format("a%06d", i);
            byte[] text = s.text().getBytes(StandardCharsets.UTF_8);
            Files.write(folder.resolve(name + ".txt"), text);
            ObjectNode meta = JSON.createObjectNode();
            meta.put("published", s.published().plusDays(29L * copy).toString());
            meta.put("title", s.title());
            Files.writeString(folder.resolve(name + ".meta.json"), JSON.writeValueAsString(meta));
            bytes += text.length;
        }
        return new Written(folder, n, bytes);
    }

    /** Deletes a folder written by {@link #write}, best effort. */
    public static void delete(Path folder) {
        try (var walk = Files.walk(folder)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a left-over temp folder is harmless
        }
    }
}
