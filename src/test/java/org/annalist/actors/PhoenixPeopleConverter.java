package org.annalist.actors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts the office holders of the Phoenix country dictionary ({@code Phoenix.Countries.actors.txt},
 * PETRARCH2 format) into the catalog resource {@code actors/phoenix-people.json}. Run once when the
 * dictionary changes; the output is committed so the build does not need {@code shared/}:
 * {@code main(shared/data/event-dictionaries, src/main/resources/org/annalist/actors)}.
 * {@code PhoenixPeopleConverterTest} checks the committed file is this converter's output.
 *
 * <p>Kept: people with a dated national government code without a sub-sector ({@code RUSGOV 991231-080507}:
 * heads of state and government, foreign, interior, defence ministers ...) or with the government's military
 * one ({@code EGYGOVMIL 910529-120812}: defence ministers and chiefs of staff), legislature ({@code USAGOVLEG}:
 * senators), intelligence or police one ({@code USASPY}: a director of national intelligence), for states the catalog knows
 * ({@code GOVBUS}, {@code GOVAGR} ... sector ministers are left out), with their full names and full-name
 * aliases (no one-word names, no aliases with a title). Their surname alone names them only where the
 * dictionary lists it as a synonym ({@code +TANTAWI_}); misspellings are not guessed (thousands of surnames
 * would make both noisy). People the catalog already
 * lists (same name, or same surname and country) are skipped: the catalog stays the authority.
 */
public final class PhoenixPeopleConverter {

    static final String NOTICE = "Converted from Phoenix.Countries.actors.txt (PETRARCH2, openeventdata/petrarch2 676801c) "
            + "by PhoenixPeopleConverter: office holders with a dated national government code. "
            + "Copyright (c) 2015 Open Event Data Alliance. MIT License: see NOTICE.";

    /**
     * A national government code, bare or with one of the state's own sub-sectors whose holders speak and act for
     * the state abroad: military ({@code EGYGOVMIL}), legislature ({@code USAGOVLEG}: senators), intelligence
     * ({@code USASPY}, {@code GOVSPY}) and police ({@code GOVCOP}); dates as yymmdd or yyyymmdd
     * ({@code [EGYGOV 20110131-20110303]}).
     */
    private static final Pattern CODE = Pattern.compile(
            "\\[([A-Z]{3})(?:GOV(?:MIL|LEG|SPY|COP)?|SPY)\\s+([<>]?)(\\d{8}|\\d{6})(?:-(\\d{8}|\\d{6}))?\\s*\\]");
    private static final Set<String> TITLE_WORDS = Set.of("president", "minister", "prime", "king", "queen", "prince",
            "general", "gen", "dr", "mr", "mrs", "sheikh", "emir", "chancellor", "secretary", "premier", "foreign",
            "defence", "defense", "leader", "chairman", "sultan", "vice", "deputy", "ambassador", "colonel", "col",
            "senator", "sen", "representative", "rep", "congressman", "congresswoman", "director", "governor", "gov");
    private static final Set<String> PARTICLES = Set.of("al", "el", "bin", "ibn", "de", "da", "di", "du", "la", "le",
            "van", "von", "der", "den", "ben", "abd", "y");

    private PhoenixPeopleConverter() {
    }

    public static void main(String[] args) throws IOException {
        Path dict = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.writeString(out.resolve("phoenix-people.json"), convert(dict, out), StandardCharsets.UTF_8);
    }

    /** The resource for the dictionary folder {@code dict}, against the catalog files in {@code catalogDir}. */
    static String convert(Path dict, Path catalogDir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> states = new HashMap<>();
        for (String f : List.of("catalog.json", "states.json")) {
            for (JsonNode a : json.readTree(catalogDir.resolve(f).toFile()).path("actors")) {
                if (a.path("kind").asText().equals("state") && a.hasNonNull("iso3")) {
                    states.put(a.get("iso3").asText(), a.get("id").asText());
                }
            }
        }
        Known known = new Known();
        for (JsonNode p : json.readTree(catalogDir.resolve("people.json").toFile()).path("people")) {
            List<String> names = new ArrayList<>(List.of(p.path("name").asText()));
            p.path("aliases").forEach(a -> names.add(a.asText()));
            Set<String> actors = new HashSet<>();
            p.path("offices").forEach(o -> actors.add(o.path("actor").asText()));
            names.forEach(n -> known.add(n, actors));
        }
        return peopleJson(Files.readAllLines(dict.resolve("Phoenix.Countries.actors.txt"), StandardCharsets.UTF_8), states, known);
    }

    /** Names and countries of people the catalog already has. */
    static final class Known {
        private final Set<String> names = new HashSet<>();
        private final Map<String, Set<String>> surnames = new HashMap<>();

        void add(String name, Set<String> actors) {
            String n = Tokenizer.normalise(name);
            names.add(n);
            String[] words = n.split("[\\s-]+");
            surnames.computeIfAbsent(words[words.length - 1], k -> new HashSet<>()).addAll(actors);
        }

        boolean has(String name, Set<String> actors) {
            String n = Tokenizer.normalise(name);
            String[] words = n.split("[\\s-]+");
            Set<String> same = surnames.getOrDefault(words[words.length - 1], Set.of());
            return names.contains(n) || same.stream().anyMatch(actors::contains);
        }
    }

    static String peopleJson(List<String> lines, Map<String, String> states, Known known) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ArrayNode people = json.createArrayNode();
        List<Entry> entries = entries(lines);
        Set<String> seen = new HashSet<>();
        for (Entry e : entries) {
            List<ObjectNode> offices = new ArrayList<>();
            Set<String> actors = new LinkedHashSet<>();
            for (String code : e.codes) {
                Matcher m = CODE.matcher(code);
                if (m.matches() && states.containsKey(m.group(1))) {
                    ObjectNode o = json.createObjectNode();
                    o.put("actor", states.get(m.group(1)));
                    o.put("role", "government");
                    if (m.group(2).isEmpty() && m.group(4) == null) {
                        continue; // a single day is no term
                    }
                    String from = m.group(2).equals("<") ? null : date(m.group(3));
                    String to = m.group(2).equals(">") ? null : m.group(2).equals("<") ? date(m.group(3)) : date(m.group(4));
                    if ((from == null && !m.group(2).equals("<")) || (to == null && !m.group(2).equals(">"))) {
                        continue; // not a calendar date
                    }
                    if (from != null && to != null && to.compareTo(from) < 0) {
                        continue;
                    }
                    if (from != null) {
                        o.put("from", from);
                    }
                    if (to != null) {
                        o.put("to", to);
                    }
                    offices.add(o);
                    actors.add(states.get(m.group(1)));
                }
            }
            String name = name(e.name);
            if (offices.isEmpty() || name == null || !seen.add(Tokenizer.normalise(name))) {
                continue;
            }
            List<String> aliases = new ArrayList<>();
            List<String> raw = new ArrayList<>(List.of(e.name));
            raw.addAll(e.aliases);
            for (String a : raw) {
                String n = withoutInitials(name(a)); // "James R. Clapper" is written "James Clapper" too
                if (n != null && !n.equals(name) && !aliases.contains(n)) {
                    aliases.add(n);
                }
            }
            for (String a : e.aliases) {
                String n = name(a);
                if (n != null && !n.equals(name) && !aliases.contains(n)) {
                    aliases.add(n);
                }
            }
            if (known.has(name, actors) || aliases.stream().anyMatch(a -> known.has(a, actors))) {
                continue; // the catalog's own entry wins
            }
            ObjectNode p = people.addObject();
            p.put("name", name);
            if (!aliases.isEmpty()) {
                ArrayNode arr = p.putArray("aliases");
                aliases.forEach(arr::add);
            }
            p.put("surnameAlone", surnameSynonym(name, e.aliases));
            p.put("misspellings", false);
            ArrayNode arr = p.putArray("offices");
            offices.forEach(arr::add);
        }
        // one person a line: small in the jar, readable in a diff
        StringBuilder out = new StringBuilder("{\"comment\": ").append(json.writeValueAsString(NOTICE)).append(",\n\"people\": [\n");
        for (int i = 0; i < people.size(); i++) {
            out.append(json.writeValueAsString(people.get(i))).append(i + 1 < people.size() ? ",\n" : "\n");
        }
        return out.append("]}\n").toString();
    }

    /**
     * Whether the dictionary lists the bare surname as a synonym ("+TANTAWI_" under MOHAMED_HUSSEIN_TANTAWI_,
     * "+SISI_" under ..._EL_SISI): its curators say the surname alone names the person.
     */
    static boolean surnameSynonym(String name, List<String> rawAliases) {
        String[] words = Tokenizer.normalise(name).split("\\s+");
        String last = words[words.length - 1];
        for (String raw : rawAliases) {
            List<String> ws = words(raw);
            if (ws.size() == 1) {
                String one = Tokenizer.normalise(ws.get(0));
                if (one.equals(last) || last.endsWith("-" + one)) {
                    return true;
                }
            }
        }
        return false;
    }

    private record Entry(String name, List<String> aliases, List<String> codes) {
    }

    private static List<Entry> entries(List<String> lines) {
        List<Entry> out = new ArrayList<>();
        Entry cur = null;
        for (String raw : lines) {
            String line = raw.contains("#") ? raw.substring(0, raw.indexOf('#')) : raw;
            if (line.isBlank()) {
                continue;
            }
            if (Character.isWhitespace(line.charAt(0))) {
                if (cur != null) {
                    cur.codes.add(line.trim());
                }
            } else if (line.startsWith("+")) {
                if (cur != null) {
                    cur.aliases.add(line.substring(1).trim());
                }
            } else {
                String head = line.trim();
                List<String> codes = new ArrayList<>();
                int bracket = head.indexOf('[');
                if (bracket >= 0) {
                    codes.add(head.substring(bracket).trim());
                    head = head.substring(0, bracket).trim();
                }
                cur = new Entry(head, new ArrayList<>(), codes);
                out.add(cur);
            }
        }
        return out;
    }

    /** "VLADIMIR_V._PUTIN_" -> "Vladimir V. Putin"; null for a one-word name or one with a title. */
    static String name(String raw) {
        List<String> out = new ArrayList<>();
        for (String w : words(raw)) {
            if (TITLE_WORDS.contains(w.toLowerCase(Locale.ROOT).replace(".", "")) || !w.matches("[A-Z][A-Z'.\\-]*")) {
                return null;
            }
            out.add(cased(w));
        }
        return out.size() < 2 ? null : String.join(" ", out);
    }

    /** "James R. Clapper" -> "James Clapper": a name without its one-letter initials, when two words remain; else null. */
    static String withoutInitials(String name) {
        if (name == null) {
            return null;
        }
        List<String> kept = java.util.Arrays.stream(name.split(" ")).filter(w -> !w.matches("[A-Z]\\.")).toList();
        return kept.size() < 2 || kept.size() == name.split(" ").length ? null : String.join(" ", kept);
    }

    /** The words of a dictionary name: "VLADIMIR_V._PUTIN_" -> VLADIMIR, V., PUTIN (brackets and braces dropped). */
    private static List<String> words(String raw) {
        return java.util.Arrays.stream(raw.replaceAll("[{}\\[\\]]", "").trim().split("_+")).filter(w -> !w.isEmpty()).toList();
    }

    private static String cased(String w) {
        StringBuilder b = new StringBuilder();
        for (String part : w.split("(?<=-)")) {
            String lower = part.toLowerCase(Locale.ROOT);
            String bare = lower.replace("-", "");
            b.append(PARTICLES.contains(bare) ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
        }
        return b.toString();
    }

    /** Phoenix's yymmdd (years up to 30 are 20yy: the dictionary ends in 2019) or yyyymmdd. */
    private static String date(String date) {
        String yymmdd = date.length() == 8 ? date.substring(2) : date;
        int yy = Integer.parseInt(yymmdd.substring(0, 2));
        int year = date.length() == 8 ? Integer.parseInt(date.substring(0, 4)) : yy <= 30 ? 2000 + yy : 1900 + yy;
        String mm = yymmdd.substring(2, 4);
        String dd = yymmdd.substring(4, 6);
        if (mm.equals("00")) {
            mm = "01";
        }
        if (dd.equals("00")) {
            dd = "01";
        }
        try {
            return java.time.LocalDate.of(year, Integer.parseInt(mm), Integer.parseInt(dd)).toString();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
