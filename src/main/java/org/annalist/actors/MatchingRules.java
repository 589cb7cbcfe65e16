package org.annalist.actors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;

/**
 * The word lists that steer matching, from {@code matching.json}: titles that give a following
 * name an affiliation, collective nouns ("officials"), name particles, capitalised words that are
 * never names, characters that turn an abbreviation into something else ("US$").
 */
record MatchingRules(Set<String> titles, Set<String> modifiers, Set<String> groups, Set<String> abbreviations, Set<String> connectors,
                     Set<String> particles, Set<String> notNames, Set<String> stopFollowers,
                     java.util.List<String> notActors, int fuzzyMinLength, int contextBefore, int contextAfter,
                     java.util.Map<String, Sector> sectorNouns, Set<String> stateDescriptions,
                     Set<String> opponentNouns, Set<String> sectorModifiers, Set<String> formerWords, String formerSector,
                     java.util.List<Sector> sectors, String pluralPeopleSector, Set<String> pluralPeopleNotNextTo,
                     java.util.Map<String, Sector> sectorsBefore) {

    /** The sector with this id suffix, or null. */
    Sector sector(String id) {
        return sectors.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }

    /** The sector with this bare Phoenix code ("OPP"), or null. */
    Sector sectorByCode(String code) {
        return sectors.stream().filter(s -> s.code().equals(code)).findFirst().orElse(null);
    }

    static MatchingRules standard() {
        try (InputStream in = MatchingRules.class.getResourceAsStream("matching.json")) {
            if (in == null) {
                throw new IllegalStateException("actor matching rules missing: matching.json");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            return new MatchingRules(set(root, "titles"), set(root, "modifiers"), set(root, "groups"), set(root, "titleAbbreviations"), set(root, "connectors"),
                    set(root, "particles"), set(root, "notNames"), set(root, "stopFollowers"),
                    strings(root, "notActors"),
                    root.path("fuzzyMinLength").asInt(5),
                    root.path("contextWindow").path("before").asInt(800), root.path("contextWindow").path("after").asInt(400),
                    sectors(root.path("sectors")), set(root.path("stateDescriptions"), "words"),
                    set(root.path("opponentNouns"), "words"), set(root.path("sectorHeads"), "modifiers"),
                    set(root.path("sectorHeads").path("former"), "words"), root.path("sectorHeads").path("former").path("sector").asText(),
                    sectorList(root.path("sectors")),
                    root.path("sectorHeads").path("pluralPeople").path("sector").asText(),
                    set(root.path("sectorHeads").path("pluralPeople"), "notNextTo"),
                    sectorsBefore(root.path("sectorHeads").path("before").path("words"), sectorList(root.path("sectors"))));
        } catch (IOException e) {
            throw new IllegalStateException("actor matching rules unreadable: matching.json: " + e.getMessage());
        }
    }

    private static java.util.Map<String, Sector> sectors(JsonNode node) {
        java.util.Map<String, Sector> out = new java.util.HashMap<>();
        node.fields().forEachRemaining(f -> {
            if (f.getValue().isObject()) {
                Sector s = new Sector(f.getKey(), f.getValue().path("code").asText(), f.getValue().path("name").asText());
                f.getValue().path("nouns").forEach(n -> out.put(Tokenizer.normalise(n.asText()), s));
            }
        });
        return java.util.Map.copyOf(out);
    }

    /** {@code sectorHeads.before.words}: a modifier before a state's name and the id of the sector it makes ("rebel": "rebels"). */
    private static java.util.Map<String, Sector> sectorsBefore(JsonNode words, java.util.List<Sector> sectors) {
        java.util.Map<String, Sector> out = new java.util.HashMap<>();
        words.fields().forEachRemaining(f -> {
            Sector s = sectors.stream().filter(x -> x.id().equals(f.getValue().asText())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("matching.json: sectorHeads.before: unknown sector " + f.getValue()));
            out.put(Tokenizer.normalise(f.getKey()), s);
        });
        return java.util.Map.copyOf(out);
    }

    private static java.util.List<Sector> sectorList(JsonNode node) {
        java.util.List<Sector> out = new java.util.ArrayList<>();
        node.fields().forEachRemaining(f -> {
            if (f.getValue().isObject()) {
                out.add(new Sector(f.getKey(), f.getValue().path("code").asText(), f.getValue().path("name").asText()));
            }
        });
        return java.util.List.copyOf(out);
    }

    private static java.util.List<String> strings(JsonNode root, String field) {
        java.util.List<String> out = new java.util.ArrayList<>();
        root.path(field).forEach(n -> out.add(n.asText()));
        return java.util.List.copyOf(out);
    }

    private static Set<String> set(JsonNode root, String field) {
        Set<String> out = new HashSet<>();
        root.path(field).forEach(n -> out.add(n.asText().equals("$") ? "$" : Tokenizer.normalise(n.asText())));
        return Set.copyOf(out);
    }
}
