package org.annalist.time;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.annalist.text.StrictJson;

/**
 * Loads the tagger's JSON resources (listed in {@code index.json}) once: named alternatives
 * (repattern), lookup tables (normalization), tense cues and the rules, whose {@code %name}
 * references are expanded and compiled here.
 */
final class RuleResources {

    private static final String BASE = "/org/annalist/time/";
    private static final Pattern REFERENCE = Pattern.compile("%([A-Za-z][A-Za-z0-9]*)");
    /** Appended to every rule: a match must end at a word boundary. */
    private static final String WORD_END = "(?![\\p{L}\\p{N}])";

    final Map<String, List<String>> alternatives = new HashMap<>();
    final Map<String, String> fragments = new HashMap<>();
    final Map<String, Map<String, String>> tables = new HashMap<>();
    final Set<String> futureCues = new HashSet<>();
    final Set<String> pastCues = new HashSet<>();
    final List<String> pastSuffixes = new ArrayList<>();
    final Set<String> auxiliaries = new HashSet<>();
    final Set<String> determiners = new HashSet<>();
    final Set<String> abbreviations = new HashSet<>();
    final List<Rule> rules = new ArrayList<>();
    YearPlausibility years;
    private final ObjectMapper json = new ObjectMapper();

    static RuleResources load() {
        RuleResources r = new RuleResources();
        JsonNode index = r.read("index.json");
        index.get("repattern").forEach(f -> r.loadRepattern(r.read(f.asText())));
        index.get("normalization").forEach(f -> r.loadTables(r.read(f.asText())));
        r.loadCues(r.read(index.get("context").asText()));
        r.years = new YearPlausibility(StrictJson.resource(RuleResources.class, index.get("years").asText(),
                YearPlausibility.Rules.class));
        index.get("rules").forEach(f -> r.loadRules(f.asText(), r.read(f.asText())));
        return r;
    }

    private JsonNode read(String name) {
        try (InputStream in = RuleResources.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("time tagger resource missing: " + name);
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("time tagger resource " + name + " unreadable", e);
        }
    }

    private void loadRepattern(JsonNode node) {
        node.fields().forEachRemaining(e -> {
            if (e.getValue().isArray()) {
                List<String> words = new ArrayList<>();
                e.getValue().forEach(w -> words.add(w.asText()));
                alternatives.put(e.getKey(), words);
            } else if (e.getValue().isTextual()) {
                fragments.put(e.getKey(), e.getValue().asText());
            }
        });
    }

    private void loadTables(JsonNode node) {
        node.fields().forEachRemaining(e -> {
            if (e.getValue().isObject()) {
                Map<String, String> table = new HashMap<>();
                e.getValue().fields().forEachRemaining(v -> table.put(v.getKey(), v.getValue().asText()));
                tables.put(e.getKey(), table);
            }
        });
    }

    private void loadCues(JsonNode node) {
        node.get("future").forEach(w -> futureCues.add(w.asText()));
        node.get("past").forEach(w -> pastCues.add(w.asText()));
        node.get("pastSuffix").forEach(w -> pastSuffixes.add(w.asText()));
        node.get("auxiliaries").forEach(w -> auxiliaries.add(w.asText()));
        node.path("determiners").forEach(w -> determiners.add(w.asText()));
        node.get("abbreviations").forEach(w -> abbreviations.add(w.asText()));
    }

    private void loadRules(String file, JsonNode node) {
        for (JsonNode r : node.get("rules")) {
            String name = r.get("name").asText();
            String regex = "(?:" + expand(r.get("pattern").asText(), file + "#" + name, 0) + ")" + WORD_END;
            Pattern pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            List<String> first = new ArrayList<>();
            r.get("first").forEach(f -> first.addAll(firstTokens(f.asText(), file + "#" + name)));
            Map<String, String> norm = new LinkedHashMap<>();
            r.get("norm").fields().forEachRemaining(e -> norm.put(e.getKey(), e.getValue().asText()));
            Set<String> near = new HashSet<>();
            r.path("near").forEach(f -> near.addAll(firstTokens(f.asText(), file + "#" + name)));
            rules.add(new Rule(name, r.get("example").asText(), first, pattern,
                    TimexType.valueOf(r.get("type").asText()), norm, r.path("capitalized").asInt(0), Set.copyOf(near),
                    r.path("comparison").asBoolean(false), r.path("bareYear").asBoolean(false)));
        }
    }

    /** Replaces each %name by its alternatives (longest first) or its fragment. */
    private String expand(String regex, String where, int depth) {
        if (depth > 5) {
            throw new IllegalStateException(where + ": %references nest too deep");
        }
        Matcher m = REFERENCE.matcher(regex);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement;
            if (alternatives.containsKey(name)) {
                replacement = alternatives.get(name).stream()
                        .sorted(Comparator.comparingInt(String::length).reversed())
                        .map(a -> Pattern.quote(a).replace(" ", "\\E\\s+\\Q"))
                        .collect(Collectors.joining("|", "(?:", ")"));
            } else if (fragments.containsKey(name)) {
                replacement = "(?:" + expand(fragments.get(name), where, depth + 1) + ")";
            } else {
                throw new IllegalStateException(where + ": unknown pattern reference %" + name);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The lower-case first tokens of a 'first' entry: a word, #num, or %name of literal alternatives. */
    private List<String> firstTokens(String entry, String where) {
        if (!entry.startsWith("%")) {
            return List.of(entry.toLowerCase(Locale.ROOT));
        }
        List<String> words = alternatives.get(entry.substring(1));
        if (words == null) {
            throw new IllegalStateException(where + ": 'first' needs a list of alternatives, not " + entry);
        }
        return words.stream().map(w -> firstToken(w.toLowerCase(Locale.ROOT))).distinct().toList();
    }

    private static String firstToken(String phrase) {
        int i = 0;
        if (!phrase.isEmpty() && !Character.isLetterOrDigit(phrase.charAt(0))) {
            return phrase.substring(0, 1);
        }
        while (i < phrase.length() && Character.isLetterOrDigit(phrase.charAt(i))
                && Character.isLetter(phrase.charAt(i)) == Character.isLetter(phrase.charAt(0))) {
            i++;
        }
        return phrase.substring(0, i);
    }
}
