package org.annalist.timeline;

/** What the timeline's horizontal lanes stand for. */
public enum LaneMode {
    /** One lane per actor, the focus actors first; an event shows in the lane of each actor involved. */
    ACTOR,
    /** One lane per article; an event shows in the lane of each article that reports it. */
    ARTICLE
}
