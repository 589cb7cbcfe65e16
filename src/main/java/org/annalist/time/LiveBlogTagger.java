package org.annalist.time;

import java.time.LocalDate;
import java.util.List;

/** The rule tagger, with the entries of a live blog read against their own days ({@link LiveBlog}). */
final class LiveBlogTagger implements TimeTagger {

    private final RuleTagger rules;
    private final LiveBlog blog;

    LiveBlogTagger(RuleTagger rules, LiveBlog blog) {
        this.rules = rules;
        this.blog = blog;
    }

    @Override
    public List<TimeExpression> tag(String text, LocalDate dct) {
        return blog.retag(rules, text, dct, rules.tag(text, dct));
    }
}
