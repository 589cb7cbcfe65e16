package org.annalist.ui.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.annalist.actors.ActorMention;
import org.annalist.analysis.ArticleAnnotations;
import org.annalist.corpus.Article;
import org.annalist.text.Span;
import org.annalist.time.TimeExpression;

/**
 * Cuts an article's text into runs that each have one look: in the selected passage or not, a
 * search match or not, an actor mention, a time expression, boilerplate. Plain logic, testable
 * without a window.
 */
public final class SourceSegments {

    /** One run of text with what it is. */
    public record Segment(Span span, String text, boolean passage, boolean match, String actorId,
                          TimeExpression timex, boolean excluded) {
    }

    private SourceSegments() {
    }

    public static List<Segment> build(Article article, ArticleAnnotations annotations, Span passage, String search) {
        String text = article.text();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        List<Span> matches = matches(text, search);
        annotations.mentions().forEach(m -> add(cuts, m.span(), text));
        annotations.timexes().forEach(t -> add(cuts, t.span(), text));
        article.excluded().forEach(r -> add(cuts, r.span(), text));
        matches.forEach(s -> add(cuts, s, text));
        if (passage != null) {
            add(cuts, passage, text);
        }
        List<Segment> out = new ArrayList<>();
        Integer start = cuts.first();
        for (Integer end : cuts.tailSet(start, false)) {
            Span s = new Span(start, end);
            out.add(new Segment(s, text.substring(start, end), passage != null && passage.contains(s),
                    matches.stream().anyMatch(m -> m.contains(s)), actorAt(annotations.mentions(), s),
                    timexAt(annotations.timexes(), s), article.isExcluded(s)));
            start = end;
        }
        return out;
    }

    private static void add(TreeSet<Integer> cuts, Span s, String text) {
        cuts.add(Math.min(s.start(), text.length()));
        cuts.add(Math.min(s.end(), text.length()));
    }

    private static String actorAt(List<ActorMention> mentions, Span s) {
        return mentions.stream().filter(m -> m.span().contains(s)).map(ActorMention::actorId).findFirst().orElse(null);
    }

    private static TimeExpression timexAt(List<TimeExpression> timexes, Span s) {
        return timexes.stream().filter(t -> t.span().contains(s)).findFirst().orElse(null);
    }

    /** Case-insensitive occurrences of {@code search} in {@code text}. */
    public static List<Span> matches(String text, String search) {
        List<Span> out = new ArrayList<>();
        if (search == null || search.isBlank()) {
            return out;
        }
        String q = search.trim().toLowerCase(Locale.ROOT);
        String t = text.toLowerCase(Locale.ROOT);
        // lower-casing can change lengths for a few scripts; only trust it when it did not
        if (t.length() != text.length()) {
            return out;
        }
        for (int i = t.indexOf(q); i >= 0; i = t.indexOf(q, i + q.length())) {
            out.add(new Span(i, i + q.length()));
        }
        return out;
    }
}
