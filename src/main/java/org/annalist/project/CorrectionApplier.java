package org.annalist.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.analysis.ActorGraph;
import org.annalist.analysis.ActorSummary;
import org.annalist.analysis.Analysis;
import org.annalist.analysis.AnalysisSession;
import org.annalist.analysis.Analyzer;
import org.annalist.corpus.Article;
import org.annalist.corpus.PublicationDate;
import org.annalist.events.Event;
import org.annalist.task.Progress;
import org.annalist.time.CalendarRange;

/**
 * Applies the analyst's {@link Corrections} on top of a fresh {@link Analysis}. Publication dates
 * come first (the articles are analysed again with them, so relative dates follow); then the event
 * corrections are replayed in the order they were made. A correction whose article vanished or
 * changed so that its anchor is gone is listed in {@link Result#unapplied()}, never dropped silently.
 */
public final class CorrectionApplier {

    /**
     * @param analysis  the analysis with every correction applied
     * @param unapplied one line per correction that could not be applied, with the reason
     * @param notes     the analyst's notes by event id in {@code analysis}
     */
    public record Result(Analysis analysis, List<String> unapplied, Map<String, String> notes) {
        public Result {
            unapplied = List.copyOf(unapplied);
            notes = Map.copyOf(notes);
        }
    }

    private final Analyzer analyzer;

    /** @param analyzer re-analyses articles whose publication date was corrected; {@code null} only re-dates them */
    public CorrectionApplier(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    public Result apply(Analysis analysis, Corrections corrections) {
        List<String> unapplied = new ArrayList<>();
        Analysis dated = applyPublicationDates(analysis, corrections.publicationDates(), unapplied);
        EventEditor editor = new EventEditor(dated);
        for (EventCorrection c : corrections.edits()) {
            String problem = editor.apply(c);
            if (problem != null) {
                unapplied.add(c.describe() + ": " + problem);
            }
        }
        return new Result(rebuild(dated, editor.events()), unapplied, editor.notes());
    }

    private Analysis applyPublicationDates(Analysis analysis, List<PublicationDateFix> fixes, List<String> unapplied) {
        Map<String, PublicationDateFix> byArticle = new LinkedHashMap<>();
        fixes.forEach(f -> byArticle.put(f.articleId(), f));
        Map<String, LocalDate> redated = new LinkedHashMap<>();
        for (Article a : analysis.articles()) {
            PublicationDateFix fix = byArticle.remove(a.id());
            String problem = fix == null ? null : problem(fix, a);
            if (problem != null) {
                unapplied.add("publication date " + fix.date() + " of " + a.id() + ": " + problem);
            } else if (fix != null && !fix.date().equals(a.published().date())) {
                redated.put(a.id(), fix.date());
            }
        }
        byArticle.values().forEach(f -> unapplied.add("publication date " + f.date() + " of " + f.articleId()
                + ": article " + f.articleId() + " is no longer among the inputs"));
        if (redated.isEmpty()) {
            return analysis;
        }
        if (analyzer != null) {
            // only the re-dated articles are analysed again
            return new AnalysisSession(analyzer).redate(analysis, redated, Progress.NONE);
        }
        List<Article> articles = analysis.articles().stream().map(a -> redated.containsKey(a.id())
                ? a.withPublished(PublicationDate.setByUser(redated.get(a.id()))) : a).toList();
        return new Analysis(articles, analysis.problems(), analysis.skipped(), analysis.catalog(), analysis.actors(),
                analysis.events(), analysis.graph(), analysis.annotations(), analysis.notes());
    }

    /** Why a date set by hand no longer applies: the article's text changed since, or the date is absurd. */
    private static String problem(PublicationDateFix fix, Article a) {
        if (!CalendarRange.contains(fix.date())) {
            return CalendarRange.problem("the date", fix.date());
        }
        if (fix.textHash() != null && !fix.textHash().equals(Fingerprint.of(a.text()))) {
            return "article " + a.id() + " changed since the date was set (its text is not the same); check it and set"
                    + " the date again";
        }
        return null;
    }

    /** The analysis with these events, its actor counts and graph recomputed. */
    static Analysis rebuild(Analysis base, List<Event> events) {
        Map<String, Integer> eventCounts = new HashMap<>();
        events.forEach(e -> e.actors().forEach(id -> eventCounts.merge(id, 1, Integer::sum)));
        Map<String, ActorSummary> actors = new LinkedHashMap<>();
        for (ActorSummary s : base.actors()) {
            actors.put(s.actor().id(), new ActorSummary(s.actor(), s.mentions(), eventCounts.getOrDefault(s.actor().id(), 0)));
        }
        eventCounts.forEach((id, n) -> actors.putIfAbsent(id, new ActorSummary(base.catalog().get(id), 0, n)));
        return new Analysis(base.articles(), base.problems(), base.skipped(), base.catalog(),
                List.copyOf(actors.values()), events, ActorGraph.of(events), base.annotations(), base.notes());
    }
}
