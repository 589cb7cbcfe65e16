package org.annalist.actors;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The actors Annalist knows, their aliases, context-dependent aliases and office holders, loaded
 * from the JSON resources of this package and optionally extended by a user catalog file (same
 * format, see {@code docs/actors.md}). Immutable and thread-safe.
 */
public final class ActorCatalog {

    private static final class Holder {
        static final ActorCatalog STANDARD = CatalogReader.standard().build();
    }

    private final Map<String, Actor> actors;
    private final List<Actor> ordered;
    private final Map<String, List<String>> aliases;
    private final List<ContextAliases> contextAliases;
    private final List<Person> people;
    private final List<String> focus;

    ActorCatalog(Map<String, Actor> actors, Map<String, List<String>> aliases,
                 List<ContextAliases> contextAliases, List<Person> people, List<String> focus) {
        this.focus = List.copyOf(focus);
        this.actors = Map.copyOf(actors);
        this.ordered = List.copyOf(actors.values());
        Map<String, List<String>> copy = new LinkedHashMap<>();
        aliases.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.aliases = Map.copyOf(copy);
        this.contextAliases = List.copyOf(contextAliases);
        this.people = List.copyOf(people);
    }

    /** The built-in catalog (loaded once). */
    public static ActorCatalog standard() {
        return Holder.STANDARD;
    }

    /**
     * The built-in catalog extended by a user catalog file: new actors, extra aliases and people
     * for existing ones, or changed names and colours.
     *
     * @throws IllegalArgumentException with a one-line message naming the file and the reason
     */
    public static ActorCatalog withUserFile(Path file) {
        return CatalogReader.standard().addFile(file).build();
    }

    public Optional<Actor> find(String id) {
        Actor a = actors.get(id);
        return a != null ? Optional.of(a) : Optional.ofNullable(sectorActor(id));
    }

    /** The actor with this id, or a plain placeholder so that views never fail on an unknown id. */
    public Actor get(String id) {
        return find(id).orElseGet(() -> new Actor(id, id, ActorKind.GROUP, null, "#777777"));
    }

    /** "egypt-opposition": a state's sector actor, made on demand (not listed in {@link #actors()}). */
    private Actor sectorActor(String id) {
        int dash = id == null ? -1 : id.lastIndexOf('-');
        if (dash <= 0) {
            return null;
        }
        Actor state = actors.get(id.substring(0, dash));
        Sector sector = state == null || state.kind() != ActorKind.STATE ? null : SECTORS.sector(id.substring(dash + 1));
        return sector == null ? null : sector.actorOf(state);
    }

    private static final MatchingRules SECTORS = MatchingRules.standard();

    /**
     * The state an actor is or belongs to: a state itself, the state of a sector actor
     * ("egypt-opposition" -> egypt); empty for organisations and groups.
     */
    public Optional<String> stateOf(String id) {
        Actor a = actors.get(id);
        if (a != null) {
            return a.kind() == ActorKind.STATE ? Optional.of(id) : Optional.empty();
        }
        return sectorActor(id) == null ? Optional.empty() : Optional.of(id.substring(0, id.lastIndexOf('-')));
    }

    /**
     * Whether the actor is a group named without its country ("protesters", code {@code OPP}), which
     * {@link #sectorIn} places in a state:
     * {@code sectorIn("protesters", "egypt")} is {@code egypt-opposition}; empty when the actor is no
     * such group (its code is not a bare sector code) or the state is no state.
     */
    public boolean countrylessSector(String groupId) {
        Actor group = actors.get(groupId);
        return group != null && group.kind() == ActorKind.GROUP
                && (SECTORS.sectorByCode(group.code()) != null || STATE_FORCES.equals(group.code()));
    }

    /**
     * The code of state forces named without their country ("police", "security forces", "troops"):
     * placed in a state they are that state, as CAMEO codes a government's police and army.
     */
    private static final String STATE_FORCES = "GOV";

    /** Whether the actor is state forces named without their country ({@link #STATE_FORCES}): unplaced, they name nobody. */
    public boolean stateForces(String groupId) {
        Actor group = actors.get(groupId);
        return group != null && group.kind() == ActorKind.GROUP && STATE_FORCES.equals(group.code());
    }

    /** See {@link #countrylessSector}: the sector actor of {@code groupId} in {@code stateId}. */
    public Optional<String> sectorIn(String groupId, String stateId) {
        Actor group = actors.get(groupId);
        Actor state = actors.get(stateId);
        if (group == null || group.kind() != ActorKind.GROUP || state == null || state.kind() != ActorKind.STATE) {
            return Optional.empty();
        }
        if (STATE_FORCES.equals(group.code())) {
            return Optional.of(stateId);
        }
        return Optional.ofNullable(SECTORS.sectorByCode(group.code())).map(s -> s.actorId(stateId));
    }

    /** Head words of definite descriptions that stand for a state ("the government", "the regime"). */
    public java.util.Set<String> stateDescriptions() {
        return SECTORS.stateDescriptions();
    }

    /** All actors in catalog order (focus actors first). */
    public List<Actor> actors() {
        return ordered;
    }

    /**
     * The focus actors, in lane order: the {@code focus} list of {@code catalog.json}, or of the
     * user's catalog file when it has one.
     */
    public List<String> focusIds() {
        return new ArrayList<>(focus);
    }

    /** The ordinary aliases of an actor (names, abbreviations, demonyms, seats of government). */
    public List<String> aliases(String id) {
        return aliases.getOrDefault(id, List.of());
    }

    public List<ContextAliases> contextAliases() {
        return contextAliases;
    }

    /** Known office holders. */
    public List<Person> people() {
        return people;
    }
}
