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

    private String stateNear(SentenceView v, String id, Discourse discourse) {
        if (!catalog.countrylessSector(id)) {
            return null;
        }
        MentionRef group = null;
        for (MentionRef m : v.mentions) {
            group = group == null && m.actorId().equals(id) ? m : group;
        }
        String best = null;
        int distance = Integer.MAX_VALUE;
        for (MentionRef m : v.mentions) {
            String state = catalog.stateOf(m.actorId()).orElse(null);
            int d = group == null ? m.first() : Math.min(Math.abs(m.first() - group.last()), Math.abs(group.first() - m.last()));
            if (state != null && d < distance) {
                best = state;
                distance = d;
            }
        }
        if (best != null) {
            return best;
        }
        List<String> last = discourse.stateBefore(v, 0);
        return last.isEmpty() ? null : catalog.stateOf(last.get(0)).orElse(null);
    }
}
