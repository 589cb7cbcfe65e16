package org.annalist.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.annalist.actors.ActorCatalog;

/**
 * Places a group named without its country ("protesters", "demonstrators": code {@code OPP}) in
 * the state of its sentence, as the field's coders do: "Egyptian police opened fire on
 * demonstrators" is Egypt against Egypt's opposition ({@code egypt-opposition}), kept apart from
 * the state so that the state's lane and edges stay the government's. The state is the one named
 * nearest to the group in the sentence (a sector actor's state counts), else the last state of the
 * article; with none, the group stays as it is, except state forces ("police"), which then name nobody.
 * A state that backs the group is not its home ("U.S. support for rebel troops", "would not rule out
 * arming the rebels"), and a state that only reports ("U.S. officials say the rebels ...") comes after
 * the country the article gives such groups ("Libyan rebels"): see {@link #stateNear}.
 */
final class SectorPlacer {

    private final ActorCatalog catalog;

    SectorPlacer(ActorCatalog catalog) {
        this.catalog = catalog;
    }

    /** {@link #place(SentenceView, List, Discourse, List, EventType)} with no other party known. */
    List<String> place(SentenceView v, List<String> ids, Discourse discourse) {
        return place(v, ids, discourse, List.of(), null);
    }

    /**
     * The actors {@code ids} of one role of an act of {@code type}, with their countryless groups placed;
     * {@code others} are the act's other role (a state supporting or aiding the group is not its home).
     */
    List<String> place(SentenceView v, List<String> ids, Discourse discourse, List<String> others, EventType type) {
        List<String> out = null;
        for (int k = 0; k < ids.size(); k++) {
            String id = ids.get(k);
            String state = stateNear(v, id, discourse, others, type);
            String placed = state == null ? null : catalog.sectorIn(id, state).orElse(null);
            if (placed != null || catalog.stateForces(id)) {
                out = out == null ? new ArrayList<>(ids) : out;
                out.set(k, placed); // police with no state to place them in ("police in Sindh province") name nobody
            }
        }
        return out == null ? ids : out.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }

    /** Prepositions that tie a group to its country: "rebels in the Ivory Coast", "students throughout Indonesia". */
    private static final Set<String> OF_PLACE = Set.of("in", "of", "from", "throughout", "across");

    /**
     * The state a countryless group of the sentence belongs to: one tied to it by a preposition
     * ("Security forces in Guinea"), else the state the article names most if the sentence names it,
     * else the state named nearest to the group (not one that only qualifies a place: "near the
     * Tunisian border"), else the country the article gives such groups ("Libyan rebels"), a state that
     * only reports ("U.S. officials say"), the state the whole article names most, its last state.
     * States that back the group are never its home.
     */
    private String stateNear(SentenceView v, String id, Discourse discourse, List<String> others, EventType type) {
        if (!catalog.countrylessSector(id)) {
            return null;
        }
        MentionRef group = null;
        for (MentionRef m : v.mentions) {
            group = group == null && m.actorId().equals(id) ? m : group;
        }
        Set<String> backers = backers(v, group, others, type);
        backers.removeIf(s -> discourse.namesGroupOf(id, s)); // the article's "Libyan rebels": Libya is no foreign backer of rebels
        String main = discourse.mainState();
        String best = null;
        String reporter = null;
        int distance = Integer.MAX_VALUE;
        int reporterDistance = Integer.MAX_VALUE;
        boolean mainNamed = false;
        for (MentionRef m : v.mentions) {
            String state = catalog.stateOf(m.actorId()).orElse(null);
            if (state == null || placeQualifier(v, m)) {
                continue;
            }
            if (group != null && tied(v, group, m)) {
                return state;
            }
            if (backers.contains(state)) {
                continue;
            }
            int d = group == null ? m.first() : Math.min(Math.abs(m.first() - group.last()), Math.abs(group.first() - m.last()));
            // a reporter is weak, but not for state forces ("Egyptian state television said police ...": its own
            // police) nor when its state is the act's other party ("... said police arrested protesters")
            if (reports(v, m) && !catalog.stateForces(id) && others.stream().noneMatch(o -> state.equals(catalog.stateOf(o).orElse(null)))) {
                if (d < reporterDistance) {
                    reporter = state;
                    reporterDistance = d;
                }
                continue;
            }
            mainNamed |= state.equals(main);
            if (d < distance) {
                best = state;
                distance = d;
            }
        }
        if (mainNamed) {
            return main;
        }
        if (best != null) {
            return best;
        }
        String host = discourse.groupHost(id, backers); // the whole article's, not the first paragraphs'
        if (host != null || discourse.namesAnyState()) {
            return host != null || reporter == null ? host : reporter; // "U.S. officials say the rebels ...": the article's rebels
        }
        if (main != null) {
            return backers.contains(main) ? null : main;
        }
        List<String> last = discourse.stateBefore(v, 0);
        String lastState = last.isEmpty() ? null : catalog.stateOf(last.get(0)).orElse(null);
        return backers.contains(lastState) ? null : lastState;
    }

    /**
     * The states that back the group rather than host it: the other party of a supporting act ("the
     * United States backed the rebels"), and every state named before the group when a word of support
     * stands right before it ("U.S. support for rebel troops", "Gates would not rule out arming the
     * rebels": {@code roles.json} {@code groupBacking}).
     */
    private Set<String> backers(SentenceView v, MentionRef group, List<String> others, EventType type) {
        Set<String> out = new HashSet<>();
        RoleFinder.GroupBacking rules = RoleFinder.RULES.groupBacking();
        if (type != null && rules.types().contains(type.id())) {
            others.forEach(o -> catalog.stateOf(o).ifPresent(out::add));
        }
        if (group != null && backed(v, group.first(), rules)) {
            for (MentionRef m : v.mentions) {
                if (m.last() < group.first()) {
                    catalog.stateOf(m.actorId()).ifPresent(out::add);
                }
            }
        }
        int by = group == null ? -1 : backedBy(v, group.last(), rules);
        for (MentionRef m : v.mentions) {
            if (by > 0 && m.first() > by && m.first() <= by + 4) {
                catalog.stateOf(m.actorId()).ifPresent(out::add); // "rebels, backed by French jets": France backs them
            }
        }
        return out;
    }

    /** A word of support before token {@code first}, with at most two linking words between ("aid to the rebels"). */
    private static boolean backed(SentenceView v, int first, RoleFinder.GroupBacking rules) {
        for (int i = first - 1, links = 0; i >= 0 && links <= 2; i--, links++) {
            String w = v.tokens.get(i).lower();
            if (rules.words().contains(w)) {
                return true;
            }
            if (!rules.links().contains(w)) {
                return false;
            }
        }
        return false;
    }

    /** The index of "by" in "group, backed by ..." / "group aided by ...", right after the group; else -1. */
    private static int backedBy(SentenceView v, int last, RoleFinder.GroupBacking rules) {
        int i = last + 1;
        i += i < v.tokens.size() && v.tokens.get(i).lower().equals(",") ? 1 : 0;
        return i + 1 < v.tokens.size() && rules.words().contains(v.tokens.get(i).lower())
                && v.tokens.get(i + 1).lower().equals("by") ? i + 1 : -1;
    }

    /** Whether {@code m} is the speaker of a reporting verb right after or before it ("U.S. officials say", "said the U.S. official"). */
    private static boolean reports(SentenceView v, MentionRef m) {
        for (int r : v.reporting) {
            if ((r > m.last() && r <= m.last() + 3) || (r < m.first() && r >= m.first() - 3)) {
                return true;
            }
        }
        return false;
    }

    /** "Rebels in the Ivory Coast": {@code m} follows the group after one preposition (and "the"). */
    private static boolean tied(SentenceView v, MentionRef group, MentionRef m) {
        int p = group.last() + 1;
        if (p >= m.first() || !OF_PLACE.contains(v.tokens.get(p).lower())) {
            return false;
        }
        return m.first() == p + 1 || (m.first() == p + 2 && v.tokens.get(p + 1).lower().equals("the"));
    }

    private static boolean placeQualifier(SentenceView v, MentionRef m) {
        return m.last() + 1 < v.tokens.size() && RoleFinder.RULES.targetOnlyHeads().contains(v.tokens.get(m.last() + 1).lower());
    }
}
