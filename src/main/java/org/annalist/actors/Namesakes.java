package org.annalist.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Two office holders with one name ("King Abdullah" of Saudi Arabia and of Jordan): when a state
 * is named just before the name in the same sentence ("Over in Jordan, King Abdullah has sacked
 * his government") and the catalog has a holder of that state's office with the same role and
 * the same name word on the date, the mention is that state's. Immutable.
 */
final class Namesakes {

    /** How far back (in tokens) a state may be named to pick the holder. */
    private static final int WINDOW = 8;
    /**
     * The people holding some office of each actor, with their normalised names: a mention asks only
     * about the state named before it, and scanning all ~20,000 people per mention was a quarter of
     * the analysis.
     */
    private final Map<String, List<Holder>> holdersByActor = new HashMap<>();

    private record Holder(Person person, String name) {
    }

    Namesakes(ActorCatalog catalog) {
        Map<String, Set<Person>> byActor = new HashMap<>();
        for (Person q : catalog.people()) {
            for (Office o : q.offices()) {
                byActor.computeIfAbsent(o.actorId(), k -> Collections.newSetFromMap(new IdentityHashMap<>())).add(q);
            }
        }
        byActor.forEach((actorId, people) -> {
            List<Holder> holders = new ArrayList<>(people.size());
            people.forEach(q -> holders.add(new Holder(q, Tokenizer.normalise(q.name()))));
            holdersByActor.put(actorId, List.copyOf(holders));
        });
    }

    /**
     * The actor of person {@code p} named at token {@code nameEnd - 1} with actor {@code actor},
     * given the last state named ({@code state}, ending before token {@code stateEnd}).
     */
    String resolve(Person p, String actor, List<Token> tokens, int nameStart, int nameEnd, String state, int stateEnd, LocalDate date) {
        if (state == null || state.equals(actor) || nameStart - stateEnd > WINDOW || nameStart < stateEnd) {
            return actor;
        }
        for (int i = stateEnd; i < nameStart; i++) {
            String w = tokens.get(i).norm();
            if (w.equals(".") || w.equals(";") || w.equals("?") || w.equals("!")) {
                return actor;
            }
        }
        String role = p.offices().stream().filter(o -> o.actorId().equals(actor) && o.covers(date))
                .map(Office::role).findFirst().orElse(null);
        String word = tokens.get(nameEnd - 1).norm();
        return role != null && hasNamesake(p, state, role, word, date) ? state : actor;
    }

    /** Another person holding {@code role} of {@code state} on {@code date} whose name has {@code word}. */
    private boolean hasNamesake(Person p, String state, String role, String word, LocalDate date) {
        for (Holder h : holdersByActor.getOrDefault(state, List.of())) {
            Person q = h.person();
            if (q != p && h.name().contains(word) && q.offices().stream()
                    .anyMatch(o -> o.actorId().equals(state) && o.covers(date) && role.equals(o.role()))) {
                return true;
            }
        }
        return false;
    }
}
