package org.annalist.corpus;

import java.util.List;

/**
 * {@code boilerplate.json} as bound by {@link RuleResource} (every key present and spelt right; "_" keys are
 * notes): the page-furniture rules that {@link BoilerplateRules} compiles, and example pages with the ranges
 * the rules must exclude, checked by {@code BoilerplateExamplesTest}.
 */
record BoilerplateFile(
        List<String> listCues,
        ListRun listRun,
        List<String> inlineCues,
        GluedTitle gluedTitle,
        List<String> sharePrompts,
        List<String> photoCredits,
        List<String> photoCreditHints,
        int photoCreditMaxChars,
        String debrisLine,
        List<String> commentCues,
        List<String> hostPrompts,
        String commentStamp,
        int commentCueReach,
        String commentHeading,
        String commentLine,
        PageTopRules pageTop,
        List<String> otherPosts,
        List<String> otherPostHints,
        List<String> widgetLines,
        List<String> widgetHints,
        ClosingCredit.Rules closingCredit,
        CaptionBlocks.Rules captions,
        GluedHeadlines.Rules gluedHeadlines,
        ViewerMail.Rules viewerMail,
        CommentForm.Rules commentForm,
        ListingLines.Rules listings,
        ReaderHandles readerHandles,
        List<Example> examples) {

    record ListRun(int minHeadlines, int headlineMaxChars, int headlineMaxWords, int leadMaxChars,
                   double minArticleShare, List<String> headings) {
    }

    record GluedTitle(String cue, int maxTitleWords, List<String> openers) {
    }

    record PageTopRules(int windowChars, String agencyDateline, String byline, List<String> transcriptNotices) {
    }

    record ReaderHandles(String handle, String roundUp) {
    }

    /**
     * A page (lines joined by "\n") and the ranges the rules must exclude from it, in order: each range's text
     * (stripped) and its reason's start. {@code rule} names the key of the rule the example shows.
     */
    record Example(String rule, String page, List<Range> excluded) {
    }

    record Range(String text, String reason) {
    }
}
