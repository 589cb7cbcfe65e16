package org.annalist.events;

/**
 * A lexicon phrase found in a sentence, by token index.
 *
 * @param first index of its first token
 * @param last  index of its last token (inclusive)
 * @param rule  the matching rule
 * @param form  the verb form of its first token (null for nouns and literals)
 */
record TriggerMatch(int first, int last, TriggerRule rule, Inflector.Form form) {

    int length() {
        return last - first + 1;
    }

    boolean isVerb() {
        return rule.kind() == TriggerRule.Kind.VERB;
    }
}
