package org.annalist.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.annalist.task.Progress;

/** Reads article files and folders into a {@link Corpus}. Never writes to its inputs. */
public final class CorpusReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    public Corpus read(List<Path> inputs, Progress progress) {
        List<Article> articles = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        List<Path> skipped = new ArrayList<>();
        for (Path input : inputs) {
            List<Path> files;
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                } catch (IOException e) {
                    problems.add(new LoadProblem(input, "cannot list folder: " + e.getMessage()));
                    continue;
                }
            } else if (Files.exists(input)) {
                files = List.of(input);
            } else {
                problems.add(new LoadProblem(input, "no such file or folder"));
                continue;
            }
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (name.endsWith(".meta.json")) {
                    continue;
                }
                if (!name.endsWith(".txt")) {
                    skipped.add(f);
                    continue;
                }
                try {
                    articles.add(readText(f));
                } catch (IOException e) {
                    problems.add(new LoadProblem(f, "cannot read: " + e.getMessage()));
                }
            }
        }
        return new Corpus(articles, problems, skipped);
    }

    private Article readText(Path f) throws IOException {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        String base = f.getFileName().toString().replaceFirst("\\.txt$", "");
        Path meta = f.resolveSibling(base + ".meta.json");
        PublicationDate published = PublicationDate.none("no date found");
        String title = "";
        String url = null;
        if (Files.exists(meta)) {
            JsonNode m = JSON.readTree(meta.toFile());
            if (m.hasNonNull("published")) {
                published = new PublicationDate(LocalDate.parse(m.get("published").asText()),
                        DateSource.METADATA, "from " + meta.getFileName());
            }
            title = m.path("title").asText("");
            url = m.hasNonNull("url") ? m.get("url").asText() : null;
        }
        return new Article(base, f, title, url, null, published, text, List.of());
    }
}
