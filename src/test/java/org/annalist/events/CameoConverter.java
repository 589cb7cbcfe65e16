package org.annalist.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts the field's verb dictionary ({@code CAMEO.2.0.txt}, PETRARCH2 format) and the
 * CAMEO-to-PLOVER table into the project's resources {@code events/cameo/verbs.json} and
 * {@code events/cameo/plover.json}. Run once when the dictionaries change; the output is
 * committed so the build does not need {@code shared/}:
 * <pre>mvn -o -q test-compile exec:java ... or run main(shared/data/event-dictionaries, src/main/resources/org/annalist/events/cameo)</pre>
 * {@code CameoConverterTest} checks that the committed output is what this converter writes.
 *
 * <p>What is kept: synonym sets (lowercase, plurals generated as PETRARCH does), every verb of a
 * block with all its surface forms, and each pattern as the words that must stand before and
 * after the verb in order; the syntactic markers {@code $ + % ^} and the transformations
 * ({@code ~}) are dropped, a code pair {@code [0334:0355]} keeps its first code, {@code ---} is
 * "no event".
 */
public final class CameoConverter {

    static final String VERBS_NOTICE = "Converted from CAMEO.2.0.txt (PETRARCH2, openeventdata/petrarch2 676801c). "
            + "Copyright (c) 2015 Open Event Data Alliance. MIT License: see NOTICE.";
    static final String PLOVER_NOTICE = "Converted from CAMEO2PLOVER-2021.txt (openeventdata/PLOVER, manual draft 0.8, "
            + "17 Sep 2021, Philip Schrodt). Licensed CC BY-SA 4.0; this derived table is shared under the same licence. "
            + "Codes 01 (statement) and 02 (appeal), absent from the table, are added as statement and request.";

    private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern FORMS = Pattern.compile("\\{([^}]*)\\}");

    private CameoConverter() {
    }

    public static void main(String[] args) throws IOException {
        Path in = Path.of(args.length > 0 ? args[0] : "../shared/data/event-dictionaries");
        Path out = Path.of(args.length > 1 ? args[1] : "src/main/resources/org/annalist/events/cameo");
        Files.createDirectories(out);
        Files.writeString(out.resolve("verbs.json"), verbsJson(Files.readAllLines(in.resolve("CAMEO.2.0.txt"), StandardCharsets.ISO_8859_1)));
        Files.writeString(out.resolve("plover.json"), ploverJson(Files.readAllLines(in.resolve("CAMEO2PLOVER-2021.txt"), StandardCharsets.UTF_8)));
    }

    /** The verb dictionary as the project's JSON: one synonym set and one verb block per line. */
    static String verbsJson(List<String> lines) throws IOException {
        Map<String, List<String>> synsets = new LinkedHashMap<>();
        List<CameoDictionary.Block> verbs = new ArrayList<>();
        String synset = null;
        boolean patternsSection = false;
        String blockCode = null;
        List<String[]> blockVerbs = new ArrayList<>(); // {verb line, code}
        List<CameoDictionary.Rule> blockPatterns = new ArrayList<>();
        for (String raw : lines) {
            String line = stripComment(raw);
            if (raw.startsWith("####### VERB PATTERNS")) {
                patternsSection = true;
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            if (!patternsSection) {
                if (line.startsWith("&")) {
                    synset = line.trim();
                    synsets.put(synsetName(synset), new ArrayList<>());
                } else if (line.startsWith("+") && synset != null) {
                    addSynonym(synsets.get(synsetName(synset)), synset.endsWith("_"), line.trim().substring(1));
                }
                continue;
            }
            if (line.startsWith("---")) {
                flush(blockVerbs, blockPatterns, blockCode, verbs);
                blockCode = code(line);
            } else if (line.startsWith("-")) {
                String body = line.substring(1);
                int bracket = body.lastIndexOf('[');
                if (bracket < 0 || !body.contains("*")) {
                    continue;
                }
                String[] halves = body.substring(0, bracket).split("\\*", 2);
                blockPatterns.add(new CameoDictionary.Rule(elements(halves[0]), elements(halves[1]), code(body.substring(bracket))));
            } else if (!line.startsWith("~")) {
                blockVerbs.add(new String[] {line.trim()});
            }
        }
        flush(blockVerbs, blockPatterns, blockCode, verbs);
        ObjectMapper json = new ObjectMapper();
        StringBuilder sb = new StringBuilder("{\n  \"notice\": ").append(json.writeValueAsString(VERBS_NOTICE)).append(",\n  \"synsets\": {\n");
        int k = 0;
        for (Map.Entry<String, List<String>> e : synsets.entrySet()) {
            sb.append("    ").append(json.writeValueAsString(e.getKey())).append(": ").append(json.writeValueAsString(e.getValue()))
                    .append(++k < synsets.size() ? ",\n" : "\n");
        }
        sb.append("  },\n  \"blocks\": [\n");
        for (int i = 0; i < verbs.size(); i++) {
            sb.append("    ").append(json.writeValueAsString(verbs.get(i))).append(i + 1 < verbs.size() ? ",\n" : "\n");
        }
        return sb.append("  ]\n}\n").toString();
    }

    private static String synsetName(String label) {
        String s = label.substring(1);
        return (s.endsWith("_") ? s.substring(0, s.length() - 1) : s).toLowerCase(Locale.ROOT);
    }

    /** A synonym with its regular plural unless the set or the phrase ends with "_" (PETRARCH's rule). */
    private static void addSynonym(List<String> out, boolean noPlurals, String phrase) {
        boolean keep = noPlurals || phrase.endsWith("_");
        String p = words(phrase.endsWith("_") ? phrase.substring(0, phrase.length() - 1) : phrase);
        if (p.isEmpty() || out.contains(p)) {
            return;
        }
        out.add(p);
        if (!keep) {
            String plural = p.endsWith("ss") ? p + "es" : p.matches(".*[^aeiou]y") ? p.substring(0, p.length() - 1) + "ies" : p + "s";
            if (!out.contains(plural)) {
                out.add(plural);
            }
        }
    }

    /** Writes the verbs of one block: each with its forms, its own code or the block's, and the block's patterns. */
    private static void flush(List<String[]> blockVerbs, List<CameoDictionary.Rule> patterns, String blockCode,
                              List<CameoDictionary.Block> blocks) {
        List<CameoDictionary.Verb> out = new ArrayList<>();
        for (String[] v : blockVerbs) {
            String line = v[0];
            String own = line.contains("[") ? code(line.substring(line.lastIndexOf('['))) : blockCode;
            Matcher braces = FORMS.matcher(line);
            String head = line.replaceAll("\\{[^}]*\\}", " ").replaceAll("\\[[^\\]]*\\]", " ").trim().split("\\s+")[0];
            Set<String> forms = new LinkedHashSet<>();
            int headIndex = headIndex(head);
            String lemma = words(head.replace("+", ""));
            forms.add(lemma);
            if (braces.find()) {
                for (String f : braces.group(1).trim().split("\\s+")) {
                    if (!f.isBlank()) {
                        forms.add(words(f.replace("+", "")));
                    }
                }
            } else {
                String[] w = lemma.split(" ");
                String verb = w[headIndex];
                for (String f : List.of(Inflector.third(verb), Inflector.past(verb), Inflector.gerund(verb))) {
                    w[headIndex] = f;
                    forms.add(String.join(" ", w));
                }
            }
            out.add(new CameoDictionary.Verb(lemma, headIndex, List.copyOf(forms), own));
        }
        if (!out.isEmpty()) {
            blocks.add(new CameoDictionary.Block(out, List.copyOf(patterns)));
        }
        blockVerbs.clear();
        patterns.clear();
    }

    /** Which word of a multi-word verb is the verb: the one marked "+" ("WIRE_+TAP" -> 1), else the first. */
    private static int headIndex(String head) {
        String[] parts = head.split("_");
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].startsWith("+")) {
                return i;
            }
        }
        return 0;
    }

    /** The words and synsets of one side of a pattern, in order: "(FOR {FINANCIAL AID})" -> ["for", "financial aid"]. */
    static List<String> elements(String side) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\{([^}]*)\\}|([^\\s(){}]+)").matcher(side);
        while (m.find()) {
            String e = m.group(1) != null ? m.group(1) : m.group(2);
            e = e.replaceAll("[$+%^]", " ").trim();
            if (e.isEmpty()) {
                continue;
            }
            out.add(e.startsWith("&") ? e.split("\\s+")[0].toLowerCase(Locale.ROOT) : words(e));
        }
        return out;
    }

    /** "HUMANITARIAN_AID" -> "humanitarian aid". */
    private static String words(String s) {
        return s.replace('_', ' ').trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The first code of "[0334:0355]"; "---" (no event) is null. */
    private static String code(String s) {
        Matcher m = CODE.matcher(s);
        if (!m.find()) {
            return null;
        }
        String c = m.group(1).split(":")[0].trim();
        return c.isEmpty() || c.startsWith("-") ? null : c;
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }

    /** The CAMEO-to-PLOVER table: code -> type (Annalist ids), mode, context; the first line of a code wins. */
    static String ploverJson(List<String> lines) throws IOException {
        Map<String, CameoDictionary.Category> codes = new LinkedHashMap<>();
        codes.put("01", new CameoDictionary.Category("statement", "", ""));
        codes.put("02", new CameoDictionary.Category("request", "", ""));
        for (String raw : lines) {
            if (raw.startsWith("~~~~~")) {
                break; // what follows repeats earlier lines
            }
            String line = stripComment(raw).trim();
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String code = line.substring(0, colon).trim();
            String[] f = (line.substring(colon + 1) + ", , ").split(",", -1);
            String type = f[0].trim().toLowerCase(Locale.ROOT);
            String mode = f[1].trim();
            if (type.equals("accuse") && mode.equals("investigate")) {
                type = "investigate"; // Annalist keeps INVESTIGATE a category of its own, as the PLOVER gold data does
            }
            if (!type.isEmpty() && code.matches("\\d+")) {
                codes.putIfAbsent(code, new CameoDictionary.Category(type, mode, f[2].trim()));
            }
        }
        ObjectMapper json = new ObjectMapper();
        StringBuilder sb = new StringBuilder("{\n  \"notice\": ").append(json.writeValueAsString(PLOVER_NOTICE)).append(",\n  \"codes\": {\n");
        int k = 0;
        for (Map.Entry<String, CameoDictionary.Category> e : codes.entrySet()) {
            sb.append("    ").append(json.writeValueAsString(e.getKey())).append(": ").append(json.writeValueAsString(e.getValue()))
                    .append(++k < codes.size() ? ",\n" : "\n");
        }
        return sb.append("  }\n}\n").toString();
    }
}
