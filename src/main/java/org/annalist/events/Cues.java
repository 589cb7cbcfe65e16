package org.annalist.events;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annalist.text.StrictJson;
import org.annalist.text.Token;

/** The cue word lists of {@code cues.json} (planned, negation, prepositions, ...), compiled. */
final class Cues {

    /** A list of one- or multi-word cues matched on lower-case tokens. */
    static final class Phrases {
        // Indexed by first and last word: these are asked at every trigger, over whole clauses.
        private final Map<String, List<String[]>> byFirst = new HashMap<>();
        private final Map<String, List<String[]>> byLast = new HashMap<>();

        Phrases(List<String> phrases) {
            phrases.forEach(n -> {
                String[] p = n.split(" ");
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

        /** True when one of the phrases covers token {@code i} (starts at or before it, ends at or after it). */
        boolean covers(List<Token> tokens, int i) {
            for (int s = Math.max(0, i - 4); s <= i && s < tokens.size(); s++) {
                List<String[]> candidates = byFirst.get(tokens.get(s).lower());
                if (candidates != null) {
                    for (String[] p : candidates) {
                        if (s + p.length > i && matchesAt(tokens, s, p)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        /** True when one of the phrases starts at token {@code i} and ends before {@code to}. */
        boolean startsAt(List<Token> tokens, int i, int to) {
            List<String[]> candidates = i >= 0 && i < tokens.size() ? byFirst.get(tokens.get(i).lower()) : null;
            if (candidates != null) {
                for (String[] p : candidates) {
                    if (i + p.length <= to && matchesAt(tokens, i, p)) {
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

        /** The length in tokens of the longest phrase starting exactly at token {@code i}, else 0. */
        int lengthAt(List<Token> tokens, int i) {
            int best = 0;
            List<String[]> candidates = i >= 0 && i < tokens.size() ? byFirst.get(tokens.get(i).lower()) : null;
            if (candidates != null) {
                for (String[] p : candidates) {
                    if (p.length > best && matchesAt(tokens, i, p)) {
                        best = p.length;
                    }
                }
            }
            return best;
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
    /** "At the time, X said", "X said recently": words spoken before the story, not on its publication day. */
    final Phrases earlierSpeech;
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
    /** Words that open a complement clause after a verb ("that", "whether"): the object ends before them. */
    final Set<String> complementizers;
    /** Capitalised words that open a headline run on into page text ("... explosions A former ..."). */
    final Set<String> runOnOpeners;
    /** Words between a subject and its verb: auxiliaries, modals, negation, a few adverbs. */
    final Set<String> subjectVerbGap;
    /** Plural nouns without a plural ending ("people", "police"): their verb takes the plural. */
    final Set<String> irregularPlurals;
    /** Live-blog stamps ("Updated 2:56 p.m. (2156 in Egypt))"): never part of a summary. */
    final Set<String> updateStamps;
    /** Prepositions beyond the function words that a cut line may not end on ("... a no-fly zone over"). */
    final Set<String> danglingPrepositions;
    final Set<String> compoundModifiers;
    final Set<String> beForms;
    final Phrases hypothetical;
    final Phrases expectation;
    final Phrases realizedInfinitive;
    final Set<String> firstPerson;
    final Set<String> naturalAgents;
    final Phrases views;
    final Phrases absence;
    final Phrases idioms;
    final Set<String> prepositionalParticiples;
    final Set<String> questionOpeners;
    final Set<String> durationUnits;
    final Set<String> transcriptLabels;
    final int transcriptMinTurns;
    final Phrases expertSpeakers;
    final Phrases captionOpeners;
    final Phrases onsetVerbs;
    /** "pictured at", "seen here": a photo caption's words anywhere in a sentence without a reporting verb. */
    final Phrases captionMarks;
    /** "op-ed", "column", "blog": where a writer's opinion appears ("wrote in a recent op-ed"). */
    final Phrases opinionVenues;
    /** "some", "others", "critics": a speaker that is an unnamed few, not an actor. */
    final Phrases anonymousSpeakers;
    /** "despite", "amid calls": prepositions after which an act noun is only mentioned. */
    final Phrases mentionPrepositions;
    /** "usually", "every time": a habit word that makes a present-tense act a standing habit. */
    final Phrases habitualPresent;
    /** "for decades": a clause opening that makes its present perfect a standing policy ("For decades X has supported"). */
    final Phrases standingOpeners;
    /** "once he", "as soon as": a temporal condition under which a present-tense act is pending. */
    final Phrases pendingConditions;
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

    /** The examples of {@code cues.json}, for the test that checks them. */
    final List<CuesFile.Example> examples;

    private Cues(CuesFile r) {
        planned = new Phrases(r.planned());
        negation = new Phrases(r.negation());
        denial = new Phrases(r.denial());
        demandModals = new Phrases(r.demandModals());
        conditionalThreat = new Phrases(r.conditionalThreat());
        habitual = new Phrases(r.habitual());
        earlierSpeech = new Phrases(r.earlierSpeech());
        anaphors = new Phrases(r.anaphors());
        governing = Set.copyOf(r.governingPrepositions());
        nonGoverning = Set.copyOf(r.nonGoverningPrepositions());
        locative = Set.copyOf(r.locativePrepositions());
        r.locativeTargetTypes().forEach(n -> locativeTargetTypes.add(EventType.fromId(n)));
        passiveAuxiliaries = Set.copyOf(r.passiveAuxiliaries());
        nonAgentHeads = Set.copyOf(r.nonAgentHeads());
        connectors = Set.copyOf(r.connectors());
        clauseBreaks = Set.copyOf(r.clauseBreaks());
        titles = Set.copyOf(r.titles());
        functionWords = Set.copyOf(r.functionWords());
        complementizers = Set.copyOf(r.complementizers());
        runOnOpeners = Set.copyOf(r.runOnOpeners());
        subjectVerbGap = Set.copyOf(r.subjectVerbGap());
        irregularPlurals = Set.copyOf(r.irregularPlurals());
        updateStamps = Set.copyOf(r.updateStamps());
        danglingPrepositions = Set.copyOf(r.danglingPrepositions());
        compoundModifiers = Set.copyOf(r.compoundModifiers());
        beForms = Set.copyOf(r.beForms());
        hypothetical = new Phrases(r.hypothetical());
        expectation = new Phrases(r.expectation());
        realizedInfinitive = new Phrases(r.realizedInfinitive());
        firstPerson = Set.copyOf(r.firstPerson());
        naturalAgents = Set.copyOf(r.naturalAgents());
        views = new Phrases(r.views());
        absence = new Phrases(r.absence());
        idioms = new Phrases(r.idioms());
        prepositionalParticiples = Set.copyOf(r.prepositionalParticiples());
        questionOpeners = Set.copyOf(r.questionOpeners());
        durationUnits = Set.copyOf(r.durationUnits());
        transcriptLabels = Set.copyOf(r.transcriptLabels());
        transcriptMinTurns = r.transcriptMinTurns();
        expertSpeakers = new Phrases(r.expertSpeakers());
        captionOpeners = new Phrases(r.captionOpeners());
        onsetVerbs = new Phrases(r.onsetVerbs());
        captionMarks = new Phrases(r.captionMarks());
        opinionVenues = new Phrases(r.opinionVenues());
        anonymousSpeakers = new Phrases(r.anonymousSpeakers());
        mentionPrepositions = new Phrases(r.mentionPrepositions());
        habitualPresent = new Phrases(r.habitualPresent());
        standingOpeners = new Phrases(r.standingOpeners());
        pendingConditions = new Phrases(r.pendingConditions());
        conditional = new Phrases(r.conditional());
        attribution = new Phrases(r.attribution());
        adjectivalParticiples = Set.copyOf(r.adjectivalParticiples());
        relativePronouns = Set.copyOf(r.relativePronouns());
        peopleHeads = Set.copyOf(r.peopleHeads());
        placeModifiers = Set.copyOf(r.placeModifiers());
        r.cooperativeTypes().forEach(n -> cooperativeTypes.add(EventType.fromId(n)));
        r.hostileTypes().forEach(n -> hostileTypes.add(EventType.fromId(n)));
        subjectWindow = r.subjectWindow();
        passiveSubjectWindow = r.passiveSubjectWindow();
        r.sayingTypes().forEach(n -> sayingTypes.add(EventType.fromId(n)));
        r.negatedType().forEach((k, t) -> negatedType.put(EventType.fromId(k), EventType.fromId(t)));
        examples = List.copyOf(r.examples());
    }

    private static final class Holder {
        static final Cues STANDARD = read();
    }

    /** The built-in resource, loaded once and shared (immutable). */
    static Cues load() {
        return Holder.STANDARD;
    }

    private static Cues read() {
        return new Cues(StrictJson.resource(Cues.class, "cues.json", CuesFile.class));
    }

    /** Cues from a JSON text, read as strictly as the resource (for tests of the binding). */
    static Cues parse(String json) throws java.io.IOException {
        return new Cues(StrictJson.read(json, CuesFile.class));
    }
}
