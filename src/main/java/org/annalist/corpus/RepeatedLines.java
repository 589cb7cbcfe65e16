package org.annalist.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lines that recur across many articles of the same outlet in one load (teasers, promos, sign-up
 * lines) are furniture there: they become {@code excluded} ranges. Runs once after every file is read.
 */
final class RepeatedLines {

    /** Shorter lines ("Reuters", "Advertisement") are the line rules' business. */
    private static final int MIN_CHARS = 25;
    private static final int MAX_CHARS = 400;
    /** A line is furniture when at least this many articles of the outlet hold it... */
    private static final int MIN_ARTICLES = 5;
    /** ...and at least this share of them. */
    private static final double MIN_SHARE = 0.03;

    List<Article> apply(List<Article> articles) {
        Map<String, List<Integer>> byOutlet = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            byOutlet.computeIfAbsent(OutletKey.of(articles.get(i)), k -> new ArrayList<>()).add(i);
        }
        List<Article> out = new ArrayList<>(articles);
        for (List<Integer> group : byOutlet.values()) {
            if (group.size() < MIN_ARTICLES) {
                continue;
            }
            Map<String, Integer> counts = new HashMap<>();
            for (int i : group) {
                for (String line : distinctLines(articles.get(i))) {
                    counts.merge(line, 1, Integer::sum);
                }
            }
            int needed = Math.max(MIN_ARTICLES, (int) Math.ceil(group.size() * MIN_SHARE));
            Set<String> furniture = new HashSet<>();
            counts.forEach((line, n) -> {
                if (n >= needed) {
                    furniture.add(line);
                }
            });
            if (!furniture.isEmpty()) {
                for (int i : group) {
                    out.set(i, withFurniture(articles.get(i), furniture, counts));
                }
            }
        }
        return out;
    }

    private static Set<String> distinctLines(Article a) {
        Set<String> lines = new HashSet<>();
        for (TextBlocks.Block b : TextBlocks.lines(a.text())) {
            if (b.text().length() >= MIN_CHARS && b.text().length() <= MAX_CHARS && !a.isExcluded(b.span())) {
                lines.add(b.text());
            }
        }
        return lines;
    }

    private static Article withFurniture(Article a, Set<String> furniture, Map<String, Integer> counts) {
        List<ExcludedRange> added = new ArrayList<>(a.excluded());
        boolean changed = false;
        for (TextBlocks.Block b : TextBlocks.lines(a.text())) {
            if (furniture.contains(b.text()) && !a.isExcluded(b.span())) {
                added.add(new ExcludedRange(b.span(), "boilerplate: a line repeated in " + counts.get(b.text())
                        + " articles of the same outlet"));
                changed = true;
            }
        }
        if (!changed) {
            return a;
        }
        added.sort(Comparator.comparing(ExcludedRange::span));
        return new Article(a.id(), a.path(), a.title(), a.url(), a.outlet(), a.published(), a.text(), added);
    }
}
