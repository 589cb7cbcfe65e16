package org.annalist.corpus;

import org.annalist.text.Span;

/** A stretch of the text that is not the article (page furniture), with the reason. */
public record ExcludedRange(Span span, String reason) {
}
