package org.annalist.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annalist.io.RegularFiles;
import org.annalist.io.UnreadableFileException;

/**
 * The optional {@code NAME.meta.json} beside an article file: {@code {published, title, url, source}},
 * every field optional, overriding what the article file says. A malformed sidecar is reported and
 * the article still loads.
 */
final class Sidecar {

    static final String SUFFIX = ".meta.json";
    private static final long MAX_BYTES = 1024 * 1024;

    /** The sidecar's metadata (null when absent or unusable) and its problems. */
    record Result(ArticleMeta meta, List<LoadProblem> problems) {
        static final Result ABSENT = new Result(null, List.of());
    }

    private final JsonFields fields;
    private final TextDecoder decoder;

    Sidecar(JsonFields fields, TextDecoder decoder) {
        this.fields = fields;
        this.decoder = decoder;
    }

    Result readFor(Path article, String base) {
        Path file = article.resolveSibling(base + SUFFIX);
        if (!Files.isRegularFile(file)) {
            return Result.ABSENT;
        }
        String name = file.getFileName().toString();
        try {
            byte[] bytes = RegularFiles.read(file, MAX_BYTES, size -> "sidecar over " + RegularFiles.human(MAX_BYTES) + ", ignored");
            JsonNode root = JsonFields.JSON.readTree(decoder.decode(bytes).text());
            if (root == null || !root.isObject()) {
                return problem(file, "malformed sidecar, ignored: expected a JSON object {published, title, url, source}");
            }
            List<String> reasons = new ArrayList<>();
            ArticleMeta meta = fields.meta(root, "the sidecar " + name, "", reasons);
            List<LoadProblem> problems = reasons.stream().map(r -> new LoadProblem(file, "sidecar: " + r)).toList();
            return new Result(meta, problems);
        } catch (JsonProcessingException e) {
            return problem(file, "malformed sidecar, ignored: " + JsonFields.describe(e, 0));
        } catch (BadInputException e) {
            return problem(file, "malformed sidecar, ignored: " + e.getMessage());
        } catch (UnreadableFileException e) {
            return problem(file, e.getMessage().startsWith("sidecar over") ? e.getMessage()
                    : "unreadable sidecar, ignored: " + e.getMessage());
        }
    }

    private static Result problem(Path file, String reason) {
        return new Result(null, List.of(new LoadProblem(file, reason)));
    }
}
