package org.annalist.actors;

import org.annalist.text.Span;

/**
 * A place in a text that names an actor ("Moscow", "Foreign Minister Jean-Marc Ayrault").
 *
 * @param span    where it is
 * @param text    the covered text
 * @param actorId the catalog id it stands for
 */
public record ActorMention(Span span, String text, String actorId) {
}
