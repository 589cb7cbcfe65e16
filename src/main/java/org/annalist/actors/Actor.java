package org.annalist.actors;

import java.util.Objects;

/**
 * An entry of the actor catalog.
 *
 * @param id    stable lowercase hyphenated id ({@code france}, {@code united-nations})
 * @param name  display name
 * @param kind  state, organisation, group or person
 * @param iso3  ISO 3166 alpha-3 code for states, else {@code null}
 * @param color display colour as {@code #rrggbb}
 */
public record Actor(String id, String name, ActorKind kind, String iso3, String color) {

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }
}
