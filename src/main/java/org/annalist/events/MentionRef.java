package org.annalist.events;

import org.annalist.actors.ActorMention;

/**
 * An actor mention placed on a sentence's tokens.
 *
 * @param mention   the mention
 * @param first     index of its first token
 * @param last      index of its last token (inclusive)
 * @param locative  true when it follows a place preposition ("in Syria", "from Damascus")
 * @param victim    true when it qualifies people who suffer rather than act ("Iraqi civilians")
 */
record MentionRef(ActorMention mention, int first, int last, boolean locative, boolean victim) {

    String actorId() {
        return mention.actorId();
    }
}
