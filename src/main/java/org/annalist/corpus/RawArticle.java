package org.annalist.corpus;

/**
 * An article as a format reader found it, before titles, dates and boilerplate are settled.
 *
 * @param id        the article id
 * @param text      the text every offset will index
 * @param bodyStart where the article proper starts (after a URL line and page debris)
 * @param meta      what the file itself says (JSON fields, HTML meta tags)
 */
record RawArticle(String id, String text, int bodyStart, ArticleMeta meta) {
}
