package org.annalist.bench;

import java.time.LocalDate;

/**
 * One real news text the benchmark corpus is built from.
 *
 * @param title     headline, possibly empty
 * @param text      plain article text
 * @param published the original publication date
 */
public record SourceText(String title, String text, LocalDate published) {
}
