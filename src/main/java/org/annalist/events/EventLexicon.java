package org.annalist.events;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annalist.text.StrictJson;
import org.annalist.text.Token;

/**
 * The compiled trigger lexicon ({@code lexicon.json}): finds the phrases that signal acts and the
 * reporting verbs in a token sequence. Immutable, loaded once.
 */
final class EventLexicon {

    /** One compiled phrase: the alternatives for each word position. */
    private record Compiled(TriggerRule rule, Map<String, Inflector.Form> firstForms, List<Set<String>> rest,
                            boolean[] strict) {
    }

    private final Map<String, List<Compiled>> byFirstWord = new HashMap<>();
    private final Map<String, Inflector.Form> reportingForms = new HashMap<>();
    private final Map<EventType, Double> tones = new EnumMap<>(EventType.class);
    private final Set<String> skippable = new HashSet<>();
    private final Set<String> verbBefore = new HashSet<>();
    private final Set<String> nounBefore = new HashSet<>();
    private final List<String> adjectiveSuffixes = new ArrayList<>();
    private final Set<String> nounSurfaces = new HashSet<>();
    private final Set<String> particles = new HashSet<>();
    private final Set<String> adverbs = new HashSet<>();
    private final Set<String> objectActVerbs = new HashSet<>();
    private final Set<String> compoundHeads = new HashSet<>();
    private final Set<String> announcementVerbs = new HashSet<>();
    private final Set<String> stateAgents = new HashSet<>();
    private final java.util.Map<String, EventType> stateActs = new java.util.HashMap<>();
    private final Set<String> civilAgents = new HashSet<>();
    private final Map<String, EventType> civilActs = new HashMap<>();
    private final Set<TriggerRule> nonActs = new HashSet<>();
    private final int skipLimit;

    private EventLexicon(LexiconFile root) {
        Inflector inflector = new Inflector(root.irregular());
        root.tones().forEach((k, t) -> tones.put(EventType.fromId(k), t));
        skippable.addAll(root.skippable());
        verbBefore.addAll(root.verbBefore());
        nounBefore.addAll(root.nounBefore());
        adjectiveSuffixes.addAll(root.adjectiveSuffixes());
        particles.addAll(root.particles());
        adverbs.addAll(root.adverbs());
        root.objectActVerbs().forEach(n -> objectActVerbs.addAll(inflector.forms(n).keySet()));
        compoundHeads.addAll(root.compoundHeads());
        root.announcementVerbs().forEach(n -> announcementVerbs.addAll(inflector.forms(n).keySet()));
        stateAgents.addAll(root.stateAgents());
        root.stateActs().forEach((phrase, type) -> stateActs.put(phrase, EventType.fromId(type)));
        civilAgents.addAll(root.civilAgents());
        root.civilActs().forEach((phrase, type) -> civilActs.put(phrase, EventType.fromId(type)));
        skipLimit = root.skipLimit();
        for (String p : root.nonActs()) { // matched like a verb trigger so that it wins over a shorter one, then dropped
            TriggerRule rule = new TriggerRule(p, EventType.STATEMENT, 0.0, TriggerRule.Kind.VERB);
            nonActs.add(rule);
            compile(rule, inflector);
        }
        for (LexiconFile.Trigger entry : root.triggers()) {
            if (entry.type == null || entry.patterns == null) {
                throw new IllegalArgumentException("events/lexicon.json: a trigger group without type or patterns");
            }
            EventType type = EventType.fromId(entry.type);
            double tone = entry.tone != null ? entry.tone : toneOf(type);
            TriggerRule.Kind kind = TriggerRule.Kind.valueOf(entry.kind.toUpperCase(Locale.ROOT));
            for (String p : entry.patterns) {
                compile(new TriggerRule(p, type, tone, kind), inflector);
            }
        }
        root.reporting().forEach(n -> reportingForms.putAll(inflector.forms(n)));
    }

    private static final class Holder {
        static final EventLexicon STANDARD = read();
    }

    /** The built-in resource, loaded once and shared (immutable). */
    static EventLexicon load() {
        return Holder.STANDARD;
    }

    private static EventLexicon read() {
        return new EventLexicon(StrictJson.resource(EventLexicon.class, "lexicon.json", LexiconFile.class));
    }

    /** A lexicon from a JSON text, read as strictly as the resource (for tests of the binding). */
    static EventLexicon parse(String json) throws java.io.IOException {
        return new EventLexicon(StrictJson.read(json, LexiconFile.class));
    }

    private void compile(TriggerRule rule, Inflector inflector) {
        String[] words = rule.phrase().toLowerCase(Locale.ROOT).split(" ");
        Map<String, Inflector.Form> first = new HashMap<>();
        if (rule.kind() == TriggerRule.Kind.VERB) {
            first.putAll(inflector.forms(words[0]));
        } else {
            first.put(words[0], null);
        }
        List<Set<String>> rest = new ArrayList<>();
        for (int i = 1; i < words.length; i++) {
            rest.add(new HashSet<>(List.of(words[i])));
        }
        if (rule.kind() == TriggerRule.Kind.NOUN) {
            Set<String> last = words.length == 1 ? null : rest.get(rest.size() - 1);
            String w = words[words.length - 1];
            String plural = w.endsWith("s") ? w : Inflector.third(w);
            if (last == null) {
                first.put(plural, null);
            } else {
                last.add(plural);
            }
        }
        if (rule.kind() == TriggerRule.Kind.NOUN && words.length == 1) {
            nounSurfaces.addAll(first.keySet());
        }
        boolean[] strict = new boolean[rest.size()];
        for (int i = 0; i < rest.size(); i++) {
            strict[i] = rest.get(i).stream().anyMatch(particles::contains);
        }
        Compiled c = new Compiled(rule, first, rest, strict);
        first.keySet().forEach(f -> byFirstWord.computeIfAbsent(f, k -> new ArrayList<>()).add(c));
    }

    double toneOf(EventType type) {
        return tones.getOrDefault(type, 0.0);
    }

    /** True when a base-form verb may follow this word ("to", "will", "they"): else it is a noun. */
    boolean allowsVerbAfter(String lower) {
        return verbBefore.contains(lower);
    }

    /** True when a verb form after this word must be a noun ("the attack", "of talks"). */
    boolean forcesNoun(String lower) {
        return nounBefore.contains(lower);
    }

    /** True when this word looks like an adjective ("civilian", "necessary"), so the next word is a noun. */
    boolean looksAdjective(String lower) {
        return lower.length() > 4 && adjectiveSuffixes.stream().anyMatch(lower::endsWith);
    }

    boolean isAdverb(String lower) {
        return adverbs.contains(lower) || (lower.endsWith("ly") && lower.length() > 4);
    }

    /** True for verbs whose object noun is itself the act ("announced a suspension", "ordered a curfew"). */
    boolean takesActObject(String lower) {
        return objectActVerbs.contains(lower);
    }

    /** True when the lexicon also lists this one word as an act noun ("attack", "strikes"). */
    boolean isNounTrigger(String lower) {
        return nounSurfaces.contains(lower);
    }

    /** The verb form when {@code token} is a reporting verb ("said", "told"), else null. */
    Inflector.Form reportingForm(Token token) {
        return reportingForms.get(token.lower());
    }

    /** Non-overlapping trigger phrases, longest first at each place, in text order. */
    List<TriggerMatch> find(List<Token> tokens) {
        List<TriggerMatch> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            TriggerMatch best = null;
            // most words start no phrase: skip them without an iterator (this runs for every token)
            List<Compiled> candidates = byFirstWord.get(tokens.get(i).lower());
            if (candidates == null) {
                i++;
                continue;
            }
            for (Compiled c : candidates) {
                TriggerMatch m = match(c, tokens, i);
                if (m != null && (best == null || m.length() > best.length()
                        || (m.length() == best.length() && m.rule().kind().ordinal() < best.rule().kind().ordinal()))) {
                    best = m;
                }
            }
            if (best != null && (modifier(best, tokens) || nonActs.contains(best.rule()))) {
                // "a protest leader", "attack helicopters": the word only qualifies a noun;
                // "asked whether", "returned from": a question or a journey, no act
                i = best.last() + 1;
            } else if (best != null) {
                out.add(best);
                i = best.last() + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * The type of a trigger phrase when a state's forces do it ({@code stateActs}: "block roads" by
     * police is coercion, by protesters a protest), or null when the phrase keeps its own type. The
     * state's own arm ({@code stateAgents}: "police", "troops") must stand in the six words before the
     * verb: "French paper workers", read as France, still protest.
     */
    EventType stateType(TriggerRule rule, boolean stateSource, List<Token> tokens, int verb) {
        EventType type = stateSource ? stateActs.get(rule.phrase()) : null;
        if (type == null) {
            return null;
        }
        for (int i = Math.max(0, verb - 6); i < verb; i++) {
            if (stateAgents.contains(tokens.get(i).lower())) {
                return type;
            }
        }
        return null;
    }

    /** True when {@code lower} is a form of an {@code announcementVerbs} lemma ("announced", "declares"). */
    boolean announces(String lower) {
        return announcementVerbs.contains(lower);
    }

    /** True when a {@code nonActs} phrase starts at {@code i} ("asked whether", "returned from"): the field's verb dictionary must not take it either. */
    boolean startsNonAct(List<Token> tokens, int i) {
        List<Compiled> candidates = byFirstWord.get(tokens.get(i).lower());
        return candidates != null && candidates.stream().anyMatch(c -> nonActs.contains(c.rule()) && match(c, tokens, i) != null);
    }

    /**
     * The type of a trigger phrase when civilians do it ({@code civilActs}: protesters "moving into" or
     * "occupying" a square protest, where troops occupy: coerce), or null when the phrase keeps its own
     * type. One of {@code civilAgents} ("protesters", "crowds") must stand in the six words before the
     * verb, and none of the state's own arm ({@code stateAgents}) after it.
     */
    EventType civilType(TriggerRule rule, List<Token> tokens, int verb) {
        EventType type = civilActs.get(rule.phrase());
        if (type == null) {
            return null;
        }
        EventType found = null;
        for (int i = Math.max(0, verb - 6); i < verb; i++) {
            String w = tokens.get(i).lower();
            found = civilAgents.contains(w) ? type : stateAgents.contains(w) ? null : found;
        }
        return found;
    }

    /** A one-word trigger right before a {@code compoundHeads} noun (not a possessive "leader's"). */
    private boolean modifier(TriggerMatch m, List<Token> tokens) {
        int next = m.last() + 1;
        if (m.first() != m.last() || next >= tokens.size() || !compoundHeads.contains(tokens.get(next).lower())
                || !nounSurfaces.contains(tokens.get(m.first()).lower()) // an act noun ("protest"), not "dispatched helicopter gunships"
                || next + 1 < tokens.size() && tokens.get(next + 1).text().equals("'s")) {
            return false;
        }
        // a noun use: after a determiner or adjective, or opening the text ("They attack groups" is a verb)
        String before = m.first() == 0 ? "" : tokens.get(m.first() - 1).lower();
        return before.isEmpty() || !tokens.get(m.first() - 1).isWord() || forcesNoun(before) || looksAdjective(before)
                || before.contains("-");
    }

    private TriggerMatch match(Compiled c, List<Token> tokens, int start) {
        int pos = start;
        for (int k = 0; k < c.rest().size(); k++) {
            Set<String> alternatives = c.rest().get(k);
            int skipped = 0;
            int next = pos + 1;
            boolean strict = c.strict()[k];
            while (next < tokens.size() && !alternatives.contains(tokens.get(next).lower())
                    && skipped < skipLimit && (strict ? isSkippable(tokens.get(next)) : tokens.get(next).isWord())) {
                next++;
                skipped++;
            }
            if (next >= tokens.size() || !alternatives.contains(tokens.get(next).lower())) {
                return null;
            }
            pos = next;
        }
        return new TriggerMatch(start, pos, c.rule(), c.firstForms().get(tokens.get(start).lower()));
    }

    private boolean isSkippable(Token t) {
        return skippable.contains(t.lower()) || (t.lower().endsWith("ly") && t.lower().length() > 4);
    }
}
