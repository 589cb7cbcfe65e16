package org.annalist.time;

/** Lazily built, shared standard tagger (class-holder idiom: built once, thread-safe). */
final class StandardHolder {

    static final TimeTagger TAGGER = new LiveBlogTagger(new RuleTagger(RuleResources.load()), LiveBlog.standard());

    private StandardHolder() {
    }
}
