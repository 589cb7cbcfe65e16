package org.annalist.project;

import java.util.Objects;
import java.util.Optional;
import org.annalist.corpus.Article;
import org.annalist.events.Passage;
import org.annalist.text.Span;

/**
 * Where a correction is anchored: a passage of an article, by offsets and by its exact words, so
 * that the anchor is found again after a fresh analysis, or reported when the article changed.
 */
public record PassageRef(String articleId, int start, int end, String text) {

    public PassageRef {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(text, "text");
    }

    public static PassageRef of(Passage p) {
        return new PassageRef(p.articleId(), p.span().start(), p.span().end(), p.text());
    }

    /** The passage in this (possibly edited) article: at its old offsets, else wherever the words moved. */
    public Optional<Passage> locate(Article article) {
        String t = article.text();
        if (end <= t.length() && start >= 0 && start <= end && t.substring(start, end).equals(text)) {
            return Optional.of(new Passage(articleId, new Span(start, end), text));
        }
        int moved = text.isEmpty() ? -1 : t.indexOf(text);
        return moved < 0 ? Optional.empty()
                : Optional.of(new Passage(articleId, new Span(moved, moved + text.length()), text));
    }

    /** True when {@code p} holds the same words of the same article. */
    public boolean matches(Passage p) {
        return p.articleId().equals(articleId) && p.text().equals(text);
    }

    /** A short quote for messages. */
    public String quote() {
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return "'" + (oneLine.length() > 60 ? oneLine.substring(0, 57) + "..." : oneLine) + "'";
    }
}
