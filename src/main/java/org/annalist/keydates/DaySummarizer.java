package org.annalist.keydates;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.annalist.analysis.Analysis;
import org.annalist.corpus.Article;
import org.annalist.events.DateBasis;
import org.annalist.events.Event;
import org.annalist.events.EventType;
import org.annalist.events.Passage;

/**
 * One line for a key day: of the sentences that name the day or report an act on it, the one most
 * other articles say too (shared content words), acts over plain statements; cleaned of datelines
 * and trailing attributions, and cut only at the end of a clause. Rules are data ({@code summary.json}).
 */
final class DaySummarizer {

    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'-]{2,}");
    private static final DaySummarizer STANDARD = load();

    private final int maxChars;
    private final int minChars;
    private final int minClauseChars;
    private final double agreement;
    private final List<Pattern> datelines;
    private final List<Pattern> attributions;
    private final List<String> clauseEnds;
    private final Set<String> stopwords;

    private DaySummarizer(JsonNode root) {
        maxChars = root.path("maxChars").asInt(180);
        minChars = root.path("minChars").asInt(30);
        minClauseChars = root.path("minClauseChars").asInt(60);
        agreement = root.path("agreement").asDouble(0.3);
        datelines = patterns(root.path("datelines"));
        attributions = patterns(root.path("attributions"));
        clauseEnds = new ArrayList<>();
        root.path("clauseEnds").forEach(n -> clauseEnds.add(n.asText()));
        stopwords = new HashSet<>();
        root.path("stopwords").forEach(n -> stopwords.add(n.asText()));
    }

    static DaySummarizer standard() {
        return STANDARD;
    }

    private static DaySummarizer load() {
        try (InputStream in = DaySummarizer.class.getResourceAsStream("summary.json")) {
            return new DaySummarizer(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("summary.json unreadable", e);
        }
    }

    private static List<Pattern> patterns(JsonNode array) {
        List<Pattern> out = new ArrayList<>();
        array.forEach(n -> out.add(Pattern.compile(n.asText())));
        return out;
    }

    /** Events with the most reporting articles first; acts before plain statements; dated by their own words first. */
    static List<Event> bySupport(List<Event> events) {
        return events.stream().sorted(Comparator
                        .comparingInt((Event e) -> -articlesOf(e))
                        .thenComparing(e -> e.type() == EventType.STATEMENT)
                        .thenComparing(e -> e.date().basis() == DateBasis.PUBLISHED)
                        .thenComparing(Event::id))
                .toList();
    }

    private static int articlesOf(Event e) {
        return (int) e.passages().stream().map(Passage::articleId).distinct().count();
    }

    private record Candidate(String articleId, String text, Set<String> words, boolean act) {
    }

    String summarize(Analysis analysis, DaySources sources) {
        List<Candidate> candidates = candidates(analysis, sources);
        Candidate best = null;
        double bestScore = -1;
        for (Candidate c : candidates) {
            double s = support(c, candidates) + (c.act ? 0.5 : 0) - Math.abs(c.text.length() - maxChars / 2.0) / 1000;
            if (s > bestScore) {
                best = c;
                bestScore = s;
            }
        }
        return best == null ? "" : oneLine(best.text);
    }

    private List<Candidate> candidates(Analysis analysis, DaySources sources) {
        Map<String, String> texts = new HashMap<>();
        List<Candidate> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (DaySources.Reference r : sources.references()) {
            String text = texts.computeIfAbsent(r.articleId(),
                    id -> analysis.article(id).map(Article::text).orElse(""));
            if (r.sentence().end() <= text.length()) {
                add(out, seen, r.articleId(), r.sentence().of(text), false);
            }
        }
        for (Event e : sources.events()) {
            boolean act = e.type() != EventType.STATEMENT && e.date().basis() != DateBasis.PUBLISHED;
            for (Passage p : e.passages()) {
                add(out, seen, p.articleId(), p.text(), act);
            }
        }
        return out;
    }

    private void add(List<Candidate> out, Set<String> seen, String articleId, String raw, boolean act) {
        String text = clean(raw);
        if (text.length() < minChars || text.endsWith("?") || text.endsWith(":") || !seen.add(articleId + '\u0000' + text)) {
            return;
        }
        out.add(new Candidate(articleId, text, words(text), act));
    }

    /** How many other articles carry a sentence sharing enough content words with this one. */
    private double support(Candidate c, List<Candidate> all) {
        Set<String> agreeing = new HashSet<>();
        for (Candidate o : all) {
            if (!o.articleId.equals(c.articleId) && !agreeing.contains(o.articleId) && agrees(c.words, o.words)) {
                agreeing.add(o.articleId);
            }
        }
        return agreeing.size();
    }

    private boolean agrees(Set<String> a, Set<String> b) {
        int shared = 0;
        for (String w : a) {
            shared += b.contains(w) ? 1 : 0;
        }
        return shared >= 2 && shared >= agreement * Math.min(a.size(), b.size());
    }

    private Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        var m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (!stopwords.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private String clean(String raw) {
        String s = raw.replaceAll("\\s+", " ").trim();
        for (Pattern p : datelines) {
            s = p.matcher(s).replaceFirst("");
        }
        return s;
    }

    /** Drops a trailing attribution; a sentence still too long is cut at the last clause end that fits. */
    String oneLine(String sentence) {
        String s = sentence;
        for (Pattern p : attributions) {
            String cut = p.matcher(s).replaceFirst("");
            if (cut.length() >= minClauseChars) {
                s = cut;
            }
        }
        if (s.length() > maxChars) {
            int best = -1;
            for (String end : clauseEnds) {
                int i = s.lastIndexOf(end, maxChars);
                if (i >= minClauseChars && i > best) {
                    best = i;
                }
            }
            if (best > 0) {
                s = s.substring(0, best);
            }
        }
        s = s.strip();
        if (!s.isEmpty() && Character.isLowerCase(s.charAt(0))) {
            s = Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
        return s.endsWith(".") || s.endsWith("!") || s.endsWith("\"") ? s : s + ".";
    }
}
