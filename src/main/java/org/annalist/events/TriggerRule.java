package org.annalist.events;

/**
 * One lexicon phrase that signals an act.
 *
 * @param phrase the phrase as written in the lexicon ("call for")
 * @param type   the PLOVER category it signals
 * @param tone   Goldstein tone
 * @param kind   how the phrase is inflected
 */
record TriggerRule(String phrase, EventType type, double tone, Kind kind) {

    /** verb: the first word is a verb lemma; noun: the last word may be plural; literal: as written. */
    enum Kind { VERB, NOUN, LITERAL }
}
