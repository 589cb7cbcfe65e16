package org.annalist.events;

import org.annalist.actors.ActorMention;

/**
 * An actor mention placed on a sentence's tokens.
 *
 * @param mention   the mention
 * @param first     index of its first token
 * @param last      index of its last token (inclusive)
 * @param locative  true when it follows a place preposition ("in Syria", "from Damascus")
 */
record MentionRef(ActorMention mention, int first, int last, boolean locative) {

    String actorId() {
        return mention.actorId();
    }
}
