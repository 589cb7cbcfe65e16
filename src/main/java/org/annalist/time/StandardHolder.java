package org.annalist.time;

/** Lazily built, shared standard tagger (class-holder idiom: built once, thread-safe). */
final class StandardHolder {

    static final TimeTagger TAGGER = new RuleTagger(RuleResources.load());

    private StandardHolder() {
    }
}
