package org.annalist.actors;

import org.annalist.text.Span;

/**
 * A place in a text that names an actor ("Moscow", "Foreign Minister Jean-Marc Ayrault").
 *
 * @param span    where it is
 * @param text    the covered text
 * @param actorId the catalog id it stands for
 * @param venue   the organisation an envoy named here is accredited to ("Russian U.N. Ambassador
 *                Vitaly Churkin": {@code united-nations}), else {@code null}; the envoy still speaks
 *                for {@code actorId}
 * @param person  the mention names one person (a known office holder, "UN spokesman Stephane
 *                Dujarric", "a U.S. official"), whom "he" or "she" may stand for later
 */
public record ActorMention(Span span, String text, String actorId, String venue, boolean person) {

    public ActorMention(Span span, String text, String actorId) {
        this(span, text, actorId, null, false);
    }

    public ActorMention(Span span, String text, String actorId, String venue) {
        this(span, text, actorId, venue, false);
    }
}
