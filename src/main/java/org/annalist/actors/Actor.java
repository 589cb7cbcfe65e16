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
 * @param code  CAMEO/PLOVER actor code: the ISO3 code for states, {@code IGO...} for
 *              intergovernmental organisations, {@code NGO...} for non-governmental ones,
 *              {@code SYRREB} (country + sector) for domestic non-state groups, {@code IMG...}
 *              for international militant groups; may be {@code null}
 */
public record Actor(String id, String name, ActorKind kind, String iso3, String color, String code) {

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /** An actor whose code is its ISO3 code (or none). */
    public Actor(String id, String name, ActorKind kind, String iso3, String color) {
        this(id, name, kind, iso3, color, iso3);
    }
}
