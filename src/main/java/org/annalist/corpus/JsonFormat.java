package org.annalist.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code .json} (one article object or an array of them) and {@code .jsonl} (one object per line).
 * Array and line articles get ids {@code NAME#N}, N counting from 1; a bad entry is reported and the
 * others still load.
 */
final class JsonFormat {

    /** The articles read and the one-line reasons for entries that could not be. */
    record Result(List<RawArticle> articles, List<String> problems) {
    }

    private final JsonFields fields;
    private final PlainTextFormat plain;

    JsonFormat(JsonFields fields, PlainTextFormat plain) {
        this.fields = fields;
        this.plain = plain;
    }

    Result readJson(String base, String content) throws BadInputException {
        JsonNode root;
        try {
            root = JsonFields.JSON.readTree(content);
        } catch (JsonProcessingException e) {
            throw new BadInputException(JsonFields.describe(e, 0));
        }
        List<RawArticle> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (root != null && root.isArray()) {
            if (root.isEmpty()) {
                throw new BadInputException("empty JSON array: no articles");
            }
            for (int i = 0; i < root.size(); i++) {
                add(root.get(i), base + "#" + (i + 1), "article #" + (i + 1) + ": ", out, problems);
            }
        } else {
            add(root, base, "", out, problems);
        }
        return new Result(out, problems);
    }

    Result readJsonLines(String base, String content) {
        List<RawArticle> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        // CRLF, CR or LF: a line's number must be the one an editor shows
        String[] lines = content.split("\r\n|\r|\n", -1);
        int n = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            n++;
            String where = "line " + (i + 1) + ": ";
            try {
                add(JsonFields.JSON.readTree(lines[i]), base + "#" + n, where, out, problems);
            } catch (JsonProcessingException e) {
                problems.add(JsonFields.describe(e, i));
            }
        }
        if (n == 0) {
            problems.add("no JSON lines in the file");
        }
        return new Result(out, problems);
    }

    private void add(JsonNode node, String id, String where, List<RawArticle> out, List<String> problems) {
        if (node == null || !node.isObject()) {
            problems.add(where + "not a JSON object with the article fields {title, url, published, text}");
            return;
        }
        String text = node.path("text").isTextual() ? node.path("text").asText() : null;
        if (text == null || TextDecoder.isBlank(text)) {
            problems.add(where + "article without text (no \"text\" field, or it is empty)");
            return;
        }
        ArticleMeta meta = fields.meta(node, null, where, problems);
        RawArticle inText = plain.read(id, text);
        out.add(new RawArticle(id, inText.text(), inText.bodyStart(), inText.meta().overriddenBy(meta)));
    }
}
