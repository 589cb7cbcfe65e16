package org.annalist.time;

/** Lazily built, shared standard tagger (class-holder idiom: built once, thread-safe). */
final class StandardHolder {

    static final RuleTagger RULES = new RuleTagger(RuleResources.load());
    /** The rules, with live blogs' entries read against their own days. */
    static final TimeTagger TAGGER = new LiveBlogTagger(RULES, LiveBlog.standard());

    private StandardHolder() {
    }
}
