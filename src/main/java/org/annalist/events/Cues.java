package org.annalist.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annalist.text.Token;

/** The cue word lists of {@code cues.json} (planned, negation, prepositions, ...), compiled. */
final class Cues {

    /** A list of one- or multi-word cues matched on lower-case tokens. */
    static final class Phrases {
        // Indexed by first and last word: these are asked at every trigger, over whole clauses.
        private final Map<String, List<String[]>> byFirst = new HashMap<>();
        private final Map<String, List<String[]>> byLast = new HashMap<>();

        Phrases(JsonNode array) {
            array.forEach(n -> {
                String[] p = n.asText().split(" ");
                byFirst.computeIfAbsent(p[0], k -> new ArrayList<>()).add(p);
                byLast.computeIfAbsent(p[p.length - 1], k -> new ArrayList<>()).add(p);
            });
        }

        /** True when one of the phrases ends at token {@code i}. */
        boolean endsAt(List<Token> tokens, int i) {
            List<String[]> candidates = i >= 0 && i < tokens.size() ? byLast.get(tokens.get(i).lower()) : null;
            if (candidates != null) {
                for (String[] p : candidates) {
                    int s = i - p.length + 1;
                    if (s >= 0 && matchesAt(tokens, s, p)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** True when one of the phrases lies wholly within tokens {@code [from, to)}. */
        boolean within(List<Token> tokens, int from, int to) {
            for (int i = Math.max(0, from); i < Math.min(to, tokens.size()); i++) {
                List<String[]> candidates = byFirst.get(tokens.get(i).lower());
                if (candidates != null) {
                    for (String[] p : candidates) {
                        if (i + p.length <= to && matchesAt(tokens, i, p)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        private static boolean matchesAt(List<Token> tokens, int s, String[] p) {
            if (s + p.length > tokens.size()) {
                return false;
            }
            for (int k = 0; k < p.length; k++) {
                if (!tokens.get(s + k).lower().equals(p[k])) {
                    return false;
                }
            }
            return true;
        }
    }

    final Phrases planned;
    final Phrases negation;
    final Phrases denial;
    final Phrases demandModals;
    final Phrases conditionalThreat;
    final Phrases habitual;
    final Phrases anaphors;
    final Set<String> governing;
    final Set<String> nonGoverning;
    final Set<String> locative;
    final Set<EventType> locativeTargetTypes = new HashSet<>();
    final Set<String> passiveAuxiliaries;
    final Set<String> nonAgentHeads;
    final Set<String> connectors;
    final Set<String> clauseBreaks;
    final Set<String> titles;
    final Set<String> functionWords;
    final Set<String> compoundModifiers;
    final Set<String> beForms;
    final Phrases hypothetical;
    final Phrases expectation;
    final Phrases realizedInfinitive;
    final Set<String> firstPerson;
    final Set<String> naturalAgents;
    final Phrases conditional;
    final Phrases attribution;
    final Set<String> adjectivalParticiples;
    final Set<String> relativePronouns;
    final Set<String> peopleHeads;
    final Set<String> placeModifiers;
    final Set<EventType> cooperativeTypes = new HashSet<>();
    final Set<EventType> hostileTypes = new HashSet<>();
    final int subjectWindow;
    final int passiveSubjectWindow;
    final Set<EventType> sayingTypes = new HashSet<>();
    final Map<EventType, EventType> negatedType = new EnumMap<>(EventType.class);

    private Cues(JsonNode r) {
        planned = new Phrases(r.path("planned"));
        negation = new Phrases(r.path("negation"));
        denial = new Phrases(r.path("denial"));
        demandModals = new Phrases(r.path("demandModals"));
        conditionalThreat = new Phrases(r.path("conditionalThreat"));
        habitual = new Phrases(r.path("habitual"));
        anaphors = new Phrases(r.path("anaphors"));
        governing = set(r.path("governingPrepositions"));
        nonGoverning = set(r.path("nonGoverningPrepositions"));
        locative = set(r.path("locativePrepositions"));
        r.path("locativeTargetTypes").forEach(n -> locativeTargetTypes.add(EventType.fromId(n.asText())));
        passiveAuxiliaries = set(r.path("passiveAuxiliaries"));
        nonAgentHeads = set(r.path("nonAgentHeads"));
        connectors = set(r.path("connectors"));
        clauseBreaks = set(r.path("clauseBreaks"));
        titles = set(r.path("titles"));
        functionWords = set(r.path("functionWords"));
        compoundModifiers = set(r.path("compoundModifiers"));
        beForms = set(r.path("beForms"));
        hypothetical = new Phrases(r.path("hypothetical"));
        expectation = new Phrases(r.path("expectation"));
        realizedInfinitive = new Phrases(r.path("realizedInfinitive"));
        firstPerson = set(r.path("firstPerson"));
        naturalAgents = set(r.path("naturalAgents"));
        conditional = new Phrases(r.path("conditional"));
        attribution = new Phrases(r.path("attribution"));
        adjectivalParticiples = set(r.path("adjectivalParticiples"));
        relativePronouns = set(r.path("relativePronouns"));
        peopleHeads = set(r.path("peopleHeads"));
        placeModifiers = set(r.path("placeModifiers"));
        r.path("cooperativeTypes").forEach(n -> cooperativeTypes.add(EventType.fromId(n.asText())));
        r.path("hostileTypes").forEach(n -> hostileTypes.add(EventType.fromId(n.asText())));
        subjectWindow = r.path("subjectWindow").asInt(12);
        passiveSubjectWindow = r.path("passiveSubjectWindow").asInt(6);
        r.path("sayingTypes").forEach(n -> sayingTypes.add(EventType.fromId(n.asText())));
        r.path("negatedType").fields().forEachRemaining(e ->
                negatedType.put(EventType.fromId(e.getKey()), EventType.fromId(e.getValue().asText())));
    }

    private static final class Holder {
        static final Cues STANDARD = read();
    }

    /** The built-in resource, loaded once and shared (immutable). */
    static Cues load() {
        return Holder.STANDARD;
    }

    private static Cues read() {
        try (InputStream in = Cues.class.getResourceAsStream("cues.json")) {
            if (in == null) {
                throw new IOException("missing");
            }
            return new Cues(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("events/cues.json unreadable", e);
        }
    }

    private static Set<String> set(JsonNode array) {
        Set<String> out = new HashSet<>();
        array.forEach(n -> out.add(n.asText()));
        return Set.copyOf(out);
    }
}
