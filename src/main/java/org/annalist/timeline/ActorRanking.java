package org.annalist.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.annalist.analysis.ActorSummary;
import org.annalist.analysis.Analysis;
import org.annalist.render.Rgba;

/**
 * The order actors are shown in (the five focus actors first, then by number of events) and the
 * colour that follows from it, so lanes, graph nodes and source tints agree.
 */
public final class ActorRanking {

    private final List<String> order;
    private final Map<String, Integer> rank = new HashMap<>();
    private final Analysis analysis;

    public ActorRanking(Analysis analysis) {
        this.analysis = analysis;
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        List<String> present = analysis.actors().stream().map(s -> s.actor().id()).toList();
        analysis.catalog().focusIds().stream().filter(present::contains).forEach(ids::add);
        analysis.actors().stream()
                .sorted(java.util.Comparator.comparingInt((ActorSummary s) -> -s.events())
                        .thenComparingInt(s -> -s.mentions()).thenComparing(s -> s.actor().id()))
                .forEach(s -> ids.add(s.actor().id()));
        order = new ArrayList<>(ids);
        for (int i = 0; i < order.size(); i++) {
            rank.put(order.get(i), i);
        }
    }

    /** Actor ids, focus actors first. */
    public List<String> order() {
        return order;
    }

    public int rank(String actorId) {
        return rank.getOrDefault(actorId, Integer.MAX_VALUE);
    }

    public Rgba colour(String actorId) {
        return Palette.standard().actor(rank.getOrDefault(actorId, -1));
    }

    /** The catalog name; an id the catalog does not know is shown as words ("united-kingdom" -> "United Kingdom"). */
    public String name(String actorId) {
        return analysis.catalog().find(actorId).map(org.annalist.actors.Actor::name).orElseGet(() -> words(actorId));
    }

    /** Display name of an actor id in {@code catalog}, readable even when the catalog lacks it. */
    public static String displayName(org.annalist.actors.ActorCatalog catalog, String id) {
        return catalog.find(id).map(org.annalist.actors.Actor::name).orElseGet(() -> words(id));
    }

    static String words(String id) {
        StringBuilder s = new StringBuilder();
        for (String w : id.split("[-_]")) {
            if (!w.isEmpty()) {
                s.append(s.length() > 0 ? " " : "").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return s.length() == 0 ? id : s.toString();
    }
}
