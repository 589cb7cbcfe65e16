package org.annalist.actors;

/**
 * A kind of people who are not the state although a state's name qualifies them ("Egyptian
 * protesters"): the Phoenix agent sectors. The sector actor of a state has the id
 * {@code <state id>-<id>} and the code {@code <ISO3><code>} ({@code egypt-opposition}, {@code EGYOPP}).
 *
 * @param id   the id suffix ("opposition")
 * @param code the Phoenix agent code ("OPP")
 * @param name the display name with {@code %s} for the state's name ("Opposition in %s")
 */
record Sector(String id, String code, String name) {

    String actorId(String stateId) {
        return stateId + "-" + id;
    }

    Actor actorOf(Actor state) {
        String actorId = actorId(state.id());
        return new Actor(actorId, String.format(name, state.name()), ActorKind.GROUP, null, Colors.forId(actorId),
                state.iso3() == null ? code : state.iso3() + code);
    }
}
