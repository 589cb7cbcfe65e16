package org.annalist.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.annalist.text.Span;

/**
 * One decoded news article, immutable.
 *
 * @param id        file name without extension; {@code NAME#N} for the N-th article of a .json array or .jsonl
 * @param path      the file it was read from
 * @param title     headline, or {@code ""} when none was found
 * @param url       source URL, or {@code null}
 * @param outlet    publisher or news agency when known, or {@code null}
 * @param published the publication date and its provenance
 * @param text      the article text; every offset in Annalist indexes this string
 * @param excluded  boilerplate ranges of {@code text} that yield no events
 */
public record Article(String id, Path path, String title, String url, String outlet,
                      PublicationDate published, String text, List<ExcludedRange> excluded) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(text, "text");
        title = title == null ? "" : title;
        excluded = List.copyOf(excluded);
    }

    public Article withPublished(PublicationDate date) {
        return new Article(id, path, title, url, outlet, date, text, excluded);
    }

    /** True when {@code span} lies in boilerplate, so nothing should be extracted from it. */
    public boolean isExcluded(Span span) {
        for (ExcludedRange r : excluded) { // a loop, not a stream: asked once per sentence
            if (r.span().overlaps(span)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The parts of {@code span} outside boilerplate, trimmed of white space, in order: a sentence that the
     * text dump glued to furniture ("... highlights Washington (CNN) -- Obama warned ...") keeps its own part.
     */
    public List<Span> outsideExcluded(Span span) {
        if (!isExcluded(span)) {
            return List.of(span);
        }
        List<Span> parts = new ArrayList<>();
        int at = span.start();
        for (ExcludedRange r : excluded.stream().filter(r -> r.span().overlaps(span))
                .sorted(java.util.Comparator.comparing(ExcludedRange::span)).toList()) {
            addTrimmed(at, Math.min(r.span().start(), span.end()), parts);
            at = Math.max(at, r.span().end());
        }
        addTrimmed(at, span.end(), parts);
        return parts;
    }

    private void addTrimmed(int start, int end, List<Span> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Span(start, end));
        }
    }
}
