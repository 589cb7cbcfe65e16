package org.annalist.actors;

import java.util.List;

/**
 * Aliases that name an actor only in an article that also names one of {@code when} by an
 * ordinary alias ("the regime" is Syria's government in an article about Syria).
 *
 * @param actorId the actor named
 * @param aliases the context-dependent aliases
 * @param when    actor ids, one of which must be mentioned elsewhere in the article
 */
public record ContextAliases(String actorId, List<String> aliases, List<String> when) {

    public ContextAliases {
        aliases = List.copyOf(aliases);
        when = List.copyOf(when);
    }
}
