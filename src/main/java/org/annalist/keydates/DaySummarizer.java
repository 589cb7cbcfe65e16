package org.annalist.keydates;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
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
    private final int poolSize;
    private final int minAfterColon;
    private final List<Pattern> datelines;
    private final List<Pattern> attributions;
    private final List<String> clauseEnds;
    private final Set<String> stopwords;

    private DaySummarizer(JsonNode root) {
        maxChars = root.path("maxChars").asInt(180);
        minChars = root.path("minChars").asInt(30);
        minClauseChars = root.path("minClauseChars").asInt(60);
        agreement = root.path("agreement").asDouble(0.3);
        poolSize = root.path("poolSize").asInt(120);
        minAfterColon = root.path("minAfterColon").asInt(25);
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

    private record Candidate(String articleId, String text, int[] words, boolean act) {
    }

    /** @param texts article id to its text */
    String summarize(Map<String, String> texts, DaySources sources) {
        List<Candidate> candidates = withWordIds(sample(candidates(texts, sources)));
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

    /** At most {@code poolSize} candidates, evenly spread: comparing every pair of a busy day's sentences is quadratic. */
    /** Content words as sorted ids, so that two sentences compare by one merge. */
    private List<Candidate> withWordIds(List<Candidate> raw) {
        Map<String, Integer> ids = new java.util.HashMap<>();
        List<Candidate> out = new ArrayList<>(raw.size());
        for (Candidate c : raw) {
            String text = clean(c.text);
            if (text.length() < minChars || text.endsWith("?") || isListHead(text)) {
                continue;
            }
            Set<String> words = words(text);
            int[] w = new int[words.size()];
            int i = 0;
            for (String word : words) {
                w[i++] = ids.computeIfAbsent(word, k -> ids.size());
            }
            java.util.Arrays.sort(w);
            out.add(new Candidate(c.articleId, text, w, c.act));
        }
        return out;
    }

    private List<Candidate> sample(List<Candidate> all) {
        if (all.size() <= poolSize) {
            return all;
        }
        List<Candidate> out = new ArrayList<>(poolSize);
        for (int i = 0; i < poolSize; i++) {
            out.add(all.get((int) ((long) i * all.size() / poolSize)));
        }
        return out;
    }

    private List<Candidate> candidates(Map<String, String> texts, DaySources sources) {
        List<Candidate> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (DaySources.Reference r : sources.references()) {
            String text = texts.getOrDefault(r.articleId(), "");
            if (r.sentence().end() <= text.length()) {
                add(out, seen, r.articleId(), r.sentence().of(text), false);
            }
        }
        for (boolean ownDate : new boolean[] {true, false}) { // events dated by their own words first
            for (Event e : sources.events()) {
                if ((e.date().basis() != DateBasis.PUBLISHED) == ownDate) {
                    boolean act = ownDate && e.type() != EventType.STATEMENT;
                    for (Passage p : e.passages()) {
                        add(out, seen, p.articleId(), p.text(), act);
                    }
                }
            }
        }
        return out;
    }

    private void add(List<Candidate> out, Set<String> seen, String articleId, String raw, boolean act) {
        if (seen.add(articleId + '\u0000' + raw)) {
            out.add(new Candidate(articleId, raw, null, act));
        }
    }

    /** "Here is a timeline ...: Feb 15." introduces a list rather than saying what happened. */
    private boolean isListHead(String text) {
        int colon = text.lastIndexOf(':');
        return colon >= 0 && text.length() - colon <= minAfterColon;
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

    private boolean agrees(int[] a, int[] b) {
        int shared = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return shared >= 2 && shared >= agreement * Math.min(a.length, b.length);
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
                for (int i = s.lastIndexOf(end, maxChars); i >= minClauseChars; i = s.lastIndexOf(end, i - 1)) {
                    int next = i + end.length();
                    if (next < s.length() && Character.isLetter(s.charAt(next))) { // not ", 2011"
                        best = Math.max(best, i);
                        break;
                    }
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
