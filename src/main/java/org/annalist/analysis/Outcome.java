package org.annalist.analysis;

/** One article's analysis, or why it failed (then it has no annotations and no events). */
record Outcome(Analyzer.AnnotatedArticle annotated, String failure) {
}
