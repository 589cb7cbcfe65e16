package org.annalist.timeline;

/** What a mark's colour encodes. */
public enum ColourMode {
    TYPE, TONE
}
