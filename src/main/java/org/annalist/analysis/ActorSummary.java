package org.annalist.analysis;

import org.annalist.actors.Actor;

/** An actor that appears in the analysed articles, with how often it is named. */
public record ActorSummary(Actor actor, int mentions, int events) {
}
