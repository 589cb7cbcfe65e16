package org.annalist.events;

import java.util.ArrayList;
import java.util.List;
import org.annalist.actors.ActorCatalog;

/**
 * Places a group named without its country ("protesters", "demonstrators": code {@code OPP}) in
 * the state of its sentence, as the field's coders do: "Egyptian police opened fire on
 * demonstrators" is Egypt against Egypt's opposition ({@code egypt-opposition}), kept apart from
 * the state so that the state's lane and edges stay the government's. The state is the one named
 * nearest to the group in the sentence (a sector actor's state counts), else the last state of the
 * article; with none, the group stays as it is, except state forces ("police"), which then name nobody.
 */
final class SectorPlacer {

    private final ActorCatalog catalog;

    SectorPlacer(ActorCatalog catalog) {
        this.catalog = catalog;
    }

    List<String> place(SentenceView v, List<String> ids, Discourse discourse) {
        List<String> out = null;
        for (int k = 0; k < ids.size(); k++) {
            String id = ids.get(k);
            String state = stateNear(v, id, discourse);
            String placed = state == null ? null : catalog.sectorIn(id, state).orElse(null);
            if (placed != null || catalog.stateForces(id)) {
                out = out == null ? new ArrayList<>(ids) : out;
                out.set(k, placed); // police with no state to place them in ("police in Sindh province") name nobody
            }
        }
        return out == null ? ids : out.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }

    /** Prepositions that tie a group to its country: "rebels in the Ivory Coast", "students throughout Indonesia". */
    private static final java.util.Set<String> OF_PLACE = java.util.Set.of("in", "of", "from", "throughout", "across");

    /**
     * The state a countryless group of the sentence belongs to: one tied to it by a preposition
     * ("Security forces in Guinea"), else the state the article names most if the sentence names it,
     * else the state named nearest to the group (not one that only qualifies a place: "near the
     * Tunisian border"), else the article's main or last state.
     */
    private String stateNear(SentenceView v, String id, Discourse discourse) {
        if (!catalog.countrylessSector(id)) {
            return null;
        }
        MentionRef group = null;
        for (MentionRef m : v.mentions) {
            group = group == null && m.actorId().equals(id) ? m : group;
        }
        String main = discourse.mainState();
        String best = null;
        int distance = Integer.MAX_VALUE;
        boolean mainNamed = false;
        for (MentionRef m : v.mentions) {
            String state = catalog.stateOf(m.actorId()).orElse(null);
            if (state == null || placeQualifier(v, m)) {
                continue;
            }
            if (group != null && tied(v, group, m)) {
                return state;
            }
            mainNamed |= state.equals(main);
            int d = group == null ? m.first() : Math.min(Math.abs(m.first() - group.last()), Math.abs(group.first() - m.last()));
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
        if (main != null) {
            return main;
        }
        List<String> last = discourse.stateBefore(v, 0);
        return last.isEmpty() ? null : catalog.stateOf(last.get(0)).orElse(null);
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
