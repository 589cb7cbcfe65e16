package org.annalist.timeline;

import org.annalist.render.Rgba;

/**
 * One horizontal row of the timeline.
 *
 * @param key    actor id or article id
 * @param label  what the lane header says
 * @param colour the actor's colour, or a neutral one for articles
 */
public record Lane(String key, String label, Rgba colour) {
}
