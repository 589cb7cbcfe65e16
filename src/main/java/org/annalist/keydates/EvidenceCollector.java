package org.annalist.keydates;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.annalist.analysis.Analysis;
import org.annalist.corpus.Article;
import org.annalist.events.DateBasis;
import org.annalist.events.Event;
import org.annalist.events.Passage;
import org.annalist.keydates.DayEvidence.Tally;
import org.annalist.keydates.DaySources.Reference;
import org.annalist.text.SentenceSplitter;
import org.annalist.text.Span;
import org.annalist.time.TimeExpression;

/**
 * Measures every evidence for every day an analysis refers to: through the time tagger's resolved
 * expressions (counted apart from events that merely carry their article's publication date), the
 * events dated to the day, and the publication dates around it.
 */
final class EvidenceCollector {

    private final KeyDateWeights weights;
    private final KeyDateWeights.Windows w;
    private final Map<LocalDate, Tally> tallies = new TreeMap<>();
    private final Map<LocalDate, List<Reference>> references = new HashMap<>();
    private final Map<LocalDate, List<Event>> events = new HashMap<>();
    private final Map<LocalDate, Set<String>> articles = new HashMap<>();
    private final Map<LocalDate, Set<String>> outlets = new HashMap<>();
    private final PublicationCounts publications;

    private EvidenceCollector(KeyDateWeights weights, Analysis analysis) {
        this.weights = weights;
        this.w = weights.windows();
        this.publications = PublicationCounts.of(analysis.articles());
    }

    static CorpusDays collect(Analysis analysis, KeyDateWeights weights) {
        EvidenceCollector c = new EvidenceCollector(weights, analysis);
        for (Article a : analysis.articles()) {
            c.references(a, analysis.annotationsOf(a.id()).timexes());
        }
        analysis.events().forEach(c::event);
        c.publications.days().forEach(d -> c.tally(d));
        return c.finish();
    }

    private Tally tally(LocalDate day) {
        return tallies.computeIfAbsent(day, Tally::new);
    }

    private void references(Article article, List<TimeExpression> timexes) {
        List<Span> sentences = null;
        Map<LocalDate, Set<Integer>> byDay = new TreeMap<>();
        for (TimeExpression t : timexes) {
            if (!t.isAnchored() || !t.start().equals(t.end()) || article.isExcluded(t.span())) {
                continue;
            }
            if (sentences == null) {
                sentences = SentenceSplitter.standard().split(article.text());
            }
            byDay.computeIfAbsent(t.start(), d -> new HashSet<>()).add(sentenceOf(sentences, t.span().start()));
        }
        LocalDate published = article.published().isKnown() ? article.published().date() : null;
        int recalled = 0;
        for (LocalDate day : byDay.keySet()) {
            recalled += published != null && day.isBefore(published) && publications.covers(day, w) ? 1 : 0;
        }
        boolean chronology = recalled >= w.chronologyDays();
        for (Map.Entry<LocalDate, Set<Integer>> e : byDay.entrySet()) {
            LocalDate day = e.getKey();
            List<Reference> refs = references.computeIfAbsent(day, d -> new ArrayList<>());
            for (int s : e.getValue()) {
                if (s >= 0) {
                    refs.add(new Reference(article.id(), sentences.get(s)));
                }
            }
            articles.computeIfAbsent(day, d -> new HashSet<>()).add(article.id());
            if (e.getValue().stream().anyMatch(s -> s >= 0 && s < w.leadSentences())) {
                tally(day).add(Evidence.LEAD, 1);
            }
            count(tally(day), article, published, day, Math.min(e.getValue().size(), w.sentencesPerArticle()),
                    chronology);
        }
    }

    private void count(Tally t, Article article, LocalDate published, LocalDate day, int sentences, boolean chronology) {
        long lag = published == null ? Long.MIN_VALUE : ChronoUnit.DAYS.between(day, published);
        if (lag == 0) {
            t.add(Evidence.SAME_DAY, sentences);
            return;
        }
        t.add(Evidence.SENTENCES, sentences);
        t.add(Evidence.ARTICLES, 1);
        if (article.outlet() != null && outlets.computeIfAbsent(day, d -> new HashSet<>()).add(article.outlet())) {
            t.add(Evidence.OUTLETS, 1);
        }
        if (lag == Long.MIN_VALUE) {
            return;
        }
        Evidence bucket = lag < 0 ? Evidence.AHEAD : lag <= w.soonDays() ? Evidence.SOON
                : lag <= w.weekDays() ? Evidence.WEEK : Evidence.LATER;
        t.add(bucket, 1);
        if (chronology && lag > 0) {
            t.add(Evidence.CHRONOLOGIES, 1);
        }
    }

    private static int sentenceOf(List<Span> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) { // binary search: sentences are in order
            int mid = (lo + hi) >>> 1;
            Span s = sentences.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    private void event(Event e) {
        if (e.date() == null || !e.date().start().equals(e.date().end())) {
            return;
        }
        LocalDate day = e.date().start();
        Tally t = tally(day);
        events.computeIfAbsent(day, d -> new ArrayList<>()).add(e);
        Set<String> dayArticles = articles.computeIfAbsent(day, d -> new HashSet<>());
        if (e.date().basis() == DateBasis.PUBLISHED) {
            t.add(Evidence.PUBLISHED_EVENTS, 1);
            e.passages().forEach(p -> dayArticles.add(p.articleId()));
            return;
        }
        t.add(Evidence.EVENTS, weights.typeWeight(e.type()));
        Set<String> reporting = new HashSet<>();
        for (Passage p : e.passages()) {
            dayArticles.add(p.articleId());
            reporting.add(p.articleId());
        }
        t.add(Evidence.EVENT_ARTICLES, reporting.size());
    }

    private CorpusDays finish() {
        List<DayEvidence> days = new ArrayList<>(tallies.size());
        Map<LocalDate, DaySources> sources = new HashMap<>();
        for (Tally t : tallies.values()) {
            LocalDate day = t.day;
            t.add(Evidence.PUBLICATIONS, publications.on(day));
            t.add(Evidence.LOCAL_VOLUME, publications.around(day, w.localVolumeDays()));
            t.add(Evidence.SEASON_VOLUME, publications.around(day, w.seasonVolumeDays()));
            t.add(Evidence.LATER_RATE, 100 * t.get(Evidence.LATER)
                    / (publications.after(day.plusDays(w.weekDays())) + w.laterRateSmoothing()));
            double recalled = t.get(Evidence.SOON) + t.get(Evidence.WEEK) + t.get(Evidence.LATER);
            t.add(Evidence.RECALL_SHARE, 100 * recalled / (publications.after(day) + w.laterRateSmoothing()));
            t.add(Evidence.COVERAGE, publications.covers(day, w) ? 1 : 0);
            t.add(Evidence.PEAK, isPeak(t) ? 1 : 0);
            days.add(t.freeze());
            sources.put(day, new DaySources(references.getOrDefault(day, List.of()),
                    events.getOrDefault(day, List.of()), articles.getOrDefault(day, Set.of())));
        }
        return new CorpusDays(days, sources);
    }

    private boolean isPeak(Tally t) {
        double own = t.get(Evidence.ARTICLES);
        for (int i = -w.peakRadius(); i <= w.peakRadius(); i++) {
            Tally n = i == 0 ? null : tallies.get(t.day.plusDays(i));
            if (n != null && n.get(Evidence.ARTICLES) >= own) {
                return false;
            }
        }
        return own > 0;
    }
}
