package org.annalist.actors;

import java.time.LocalDate;

/**
 * A term in office that makes a person stand for an actor.
 *
 * @param actorId the actor the office belongs to ({@code france})
 * @param role    what the office is ("foreign minister"), for display
 * @param from    first day in office, or {@code null} when open-ended
 * @param to      last day in office (the successor's first day is accepted too), or {@code null}
 *                while still in office
 */
public record Office(String actorId, String role, LocalDate from, LocalDate to) {

    /** Whether the term covers {@code date}; every term covers an unknown date. */
    public boolean covers(LocalDate date) {
        return date == null || ((from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to)));
    }
}
