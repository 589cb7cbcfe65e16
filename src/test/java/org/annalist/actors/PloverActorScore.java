package org.annalist.actors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annalist.events.PloverSplit;

/**
 * Actor recall per role and a precision proxy on hand-coded PLOVER sentences. A coded actor
 * counts as found when any mention's actor code shares its first three letters (the country,
 * or IGO/NGO/IMG for organisations and international groups): "SYRREB" matches a coded "SYR".
 */
record PloverActorScore(int sources, int sourcesFound, int targets, int targetsFound,
                        int actorsFound, int falsePositives, List<String> misses,
                        List<String> extras) {

    static Path records() {
        return Path.of(System.getProperty("annalist.shared", "../shared"), "data", "plover-dev", "records.json");
    }

    static PloverActorScore run(ActorRecognizer recognizer, ActorCatalog catalog, Path file) throws IOException {
        return run(recognizer, catalog, file, PloverSplit.ALL);
    }

    /** The figures on one half of the fixed split (see {@link PloverSplit}). */
    static PloverActorScore run(ActorRecognizer recognizer, ActorCatalog catalog, Path file, PloverSplit half)
            throws IOException {
        JsonNode root = new ObjectMapper().readTree(Files.readAllBytes(file));
        int sources = 0;
        int sourcesFound = 0;
        int targets = 0;
        int targetsFound = 0;
        int actorsFound = 0;
        int falsePositives = 0;
        List<String> misses = new ArrayList<>();
        List<String> extras = new ArrayList<>();
        for (JsonNode r : root) {
            String text = r.path("text").asText();
            if (!half.holds(text)) {
                continue;
            }
            // every record carries the placeholder date 2000-01-01, not the story's: accept any term
            LocalDate date = null;
            Set<String> found = new LinkedHashSet<>();
            List<String> mentions = new ArrayList<>();
            for (ActorMention m : recognizer.find(text, date)) {
                mentions.add(m.text() + "=" + m.actorId());
                if (catalog.countrylessSector(m.actorId())) {
                    continue; // "rebels", "police": no country of their own until the extractor places them in one
                }
                String code = catalog.get(m.actorId()).code();
                found.add(code == null ? m.actorId() : prefix(code));
            }
            Set<String> gold = new LinkedHashSet<>();
            for (String role : List.of("source", "target")) {
                for (JsonNode a : r.path(role)) {
                    String code = prefix(a.path("code").asText());
                    if (code.isEmpty()) {
                        continue;
                    }
                    gold.add(code);
                    boolean hit = found.contains(code);
                    if (role.equals("source")) {
                        sources++;
                        sourcesFound += hit ? 1 : 0;
                    } else {
                        targets++;
                        targetsFound += hit ? 1 : 0;
                    }
                    if (!hit) {
                        misses.add(role + " " + code + " '" + a.path("actorText").asText() + "' in: " + text);
                    }
                }
            }
            actorsFound += found.size();
            for (String f : found) {
                if (!gold.contains(f)) {
                    falsePositives++;
                    extras.add(f + " " + mentions + " in: " + text);
                }
            }
        }
        return new PloverActorScore(sources, sourcesFound, targets, targetsFound, actorsFound, falsePositives, misses, extras);
    }

    /** Old CAMEO country codes in the gold data that differ from ISO 3166. */
    private static final Map<String, String> CAMEO_TO_ISO = Map.of("JAP", "JPN", "ITL", "ITA", "VTN", "VNM");

    private static String prefix(String code) {
        String c = code.trim().toUpperCase(Locale.ROOT);
        c = c.length() > 3 ? c.substring(0, 3) : c;
        return CAMEO_TO_ISO.getOrDefault(c, c);
    }

    double sourceRecall() {
        return sources == 0 ? 0 : (double) sourcesFound / sources;
    }

    double targetRecall() {
        return targets == 0 ? 0 : (double) targetsFound / targets;
    }

    /** Share of distinct actors found per sentence that are a coded source or target. */
    double precision() {
        return actorsFound == 0 ? 0 : 1 - (double) falsePositives / actorsFound;
    }

    String summary() {
        return String.format(Locale.ROOT,
                "PLOVER dev actors: source recall %.3f (%d/%d), target recall %.3f (%d/%d), precision proxy %.3f (%d of %d found actors in neither role)",
                sourceRecall(), sourcesFound, sources, targetRecall(), targetsFound, targets, precision(), falsePositives, actorsFound);
    }
}
