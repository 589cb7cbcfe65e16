package org.annalist.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A known office holder. The person is never a lane of its own: while in office they stand for
 * the office's actor (CAMEO convention: a foreign minister's acts are the state's acts).
 *
 * @param name         full name as usually written ("Jean-Marc Ayrault")
 * @param surname      the name used alone ("Ayrault")
 * @param aliases      other full spellings ("Ban Ki-moon", "Recep Tayyip Erdogan")
 * @param surnameAlone whether the surname alone names the person; false for surnames that are
 *                     common words or names ("May", "Rice", "Brown"), which then need a title or
 *                     the full name
 * @param offices      terms in office
 * @param misspellings whether misspellings of the surname are guessed ("Macaron"); false for the
 *                     thousands of office holders imported from the Phoenix dictionary
 */
public record Person(String name, String surname, List<String> aliases, boolean surnameAlone,
                     List<Office> offices, boolean misspellings) {

    public Person {
        aliases = List.copyOf(aliases);
        offices = List.copyOf(offices);
    }

    public Person(String name, String surname, List<String> aliases, boolean surnameAlone, List<Office> offices) {
        this(name, surname, aliases, surnameAlone, offices, true);
    }

    /**
     * The actor this person stands for on {@code date}: the office covering it (the latest such
     * office when {@code date} is null), if any.
     */
    public Optional<String> actorAt(LocalDate date) {
        Office best = null;
        for (Office o : offices) {
            if (o.covers(date) && (best == null || later(o, best))) {
                best = o;
            }
        }
        return best == null ? Optional.empty() : Optional.of(best.actorId());
    }

    /** Whether the person holds an office of {@code actorId} on {@code date} (any term when null). */
    public boolean holds(String actorId, LocalDate date) {
        return offices.stream().anyMatch(o -> o.actorId().equals(actorId) && o.covers(date));
    }

    private static boolean later(Office a, Office b) {
        LocalDate fa = a.from() == null ? LocalDate.MIN : a.from();
        LocalDate fb = b.from() == null ? LocalDate.MIN : b.from();
        return fa.isAfter(fb);
    }
}
