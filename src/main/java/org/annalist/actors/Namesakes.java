package org.annalist.actors;

import java.time.LocalDate;
import java.util.List;

/**
 * Two office holders with one name ("King Abdullah" of Saudi Arabia and of Jordan): when a state
 * is named just before the name in the same sentence ("Over in Jordan, King Abdullah has sacked
 * his government") and the catalog has a holder of that state's office with the same role and
 * the same name word on the date, the mention is that state's. Immutable.
 */
final class Namesakes {

    /** How far back (in tokens) a state may be named to pick the holder. */
    private static final int WINDOW = 8;
    private final ActorCatalog catalog;

    Namesakes(ActorCatalog catalog) {
        this.catalog = catalog;
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
        boolean namesake = role != null && catalog.people().stream().anyMatch(q -> q != p
                && q.offices().stream().anyMatch(o -> o.actorId().equals(state) && o.covers(date) && role.equals(o.role()))
                && Tokenizer.normalise(q.name()).contains(word));
        return namesake ? state : actor;
    }
}
