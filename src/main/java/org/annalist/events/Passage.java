package org.annalist.events;

import org.annalist.text.Span;

/**
 * The exact words that support an event.
 *
 * @param articleId the article's id
 * @param span      offsets into that article's text
 * @param text      exactly {@code span.of(article.text())}
 */
public record Passage(String articleId, Span span, String text) {
}
