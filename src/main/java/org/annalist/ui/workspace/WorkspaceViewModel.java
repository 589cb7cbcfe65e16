package org.annalist.ui.workspace;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.annalist.analysis.Analysis;
import org.annalist.analysis.AnalysisSession;
import org.annalist.analysis.Analyzer;
import org.annalist.corpus.Article;
import org.annalist.events.Event;
import org.annalist.events.Passage;
import org.annalist.ui.filter.FilterModel;
import org.annalist.ui.task.BackgroundTask;

/**
 * The state behind the whole window: the analysis, filters, the shared selection, the visible time
 * range and loading. Views observe it; tests drive it without a window.
 */
public final class WorkspaceViewModel {

    private final Analyzer analyzer;
    private final BackgroundTask tasks;
    private final FilterModel filter = new FilterModel();
    private final Selection selection = new Selection();
    private final ReadOnlyObjectWrapper<Analysis> analysis = new ReadOnlyObjectWrapper<>(empty());
    private final ReadOnlyObjectWrapper<List<Event>> shown = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<Set<String>> matches = new ReadOnlyObjectWrapper<>(Set.of());
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyIntegerWrapper undatedCount = new javafx.beans.property.ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    /** True while the shown analysis is an interim one of a corpus still being analysed. */
    private final javafx.beans.property.ReadOnlyBooleanWrapper interim = new javafx.beans.property.ReadOnlyBooleanWrapper();
    private final ObjectProperty<LocalDate> visibleFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> visibleTo = new SimpleObjectProperty<>();
    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private final AnalysisSession session;

    public WorkspaceViewModel(Analyzer analyzer, BackgroundTask tasks) {
        this.analyzer = analyzer;
        this.session = new AnalysisSession(analyzer);
        this.tasks = tasks;
        for (var dependency : filter.dependencies()) {
            dependency.addListener(o -> refresh());
        }
        filter.searchProperty().addListener(o -> refreshMatches());
        // one selection, one truth: a listed group (graph node or edge, a crowd) shows its first
        // event in the details unless the selected one is among them
        selection.listed().addListener((javafx.collections.ListChangeListener<Event>) c -> {
            if (!selection.listed().isEmpty() && !selection.listed().contains(selection.event())) {
                select(selection.listed().get(0));
            }
        });
    }

    private static Analysis empty() {
        return new Analysis(List.of(), List.of(), List.of(), org.annalist.actors.ActorCatalog.standard(),
                List.of(), List.of(), new org.annalist.analysis.ActorGraph(List.of()), java.util.Map.of());
    }

    /**
     * Reads and analyses {@code paths} in the background; the window stays responsive and shows
     * the events of the articles analysed so far a few times while a large corpus loads.
     */
    public void open(List<Path> paths) {
        long started = System.nanoTime();
        Analysis before = interim.get() ? null : analysis.get();
        tasks.run("Reading " + paths.size() + " input(s)…", progress -> session.open(paths, progress,
                tasks.interim(progress, sofar -> {
                    interim.set(true);
                    setAnalysis(sofar);
                })), loaded -> {
            interim.set(false);
            setAnalysis(loaded);
            status.set(String.format("Loaded %d articles in %.1f s", loaded.articles().size(),
                    (System.nanoTime() - started) / 1e9));
        }, error -> {
            dropInterim(before);
            status.set("Could not load: " + error);
        }, () -> dropInterim(before));
    }

    /** A load that failed or was cancelled after showing interim results: back to what was shown before it. */
    private void dropInterim(Analysis before) {
        if (interim.get()) {
            interim.set(false);
            setAnalysis(before == null ? empty() : before);
        }
    }

    /**
     * True while the analysis shown is an interim one of a corpus still loading: work that only
     * makes sense on the whole corpus (re-applying corrections, ranking key dates) waits for the last.
     */
    public javafx.beans.property.ReadOnlyBooleanProperty interimProperty() {
        return interim.getReadOnlyProperty();
    }

    /** Shows a ready analysis (opened, corrected, or from tests and benchmarks). */
    public void setAnalysis(Analysis a) {
        Event selected = selection.event();
        analysis.set(a);
        refresh();
        Article shownArticle = selection.articleProperty().get();
        selection.clear();
        if (selected != null) {
            a.event(selected.id()).filter(e -> e.passages().equals(selected.passages())).ifPresent(this::select);
        }
        if (selection.event() == null && shownArticle != null) {
            a.article(shownArticle.id()).ifPresent(art -> selection.articleProperty().set(art));
        }
        if (selection.articleProperty().get() == null && !a.articles().isEmpty()) {
            // never open on an empty reading pane
            selection.articleProperty().set(a.articles().get(0));
        }
    }

    /**
     * The analyst sets an article's publication date: that article alone is analysed again and the
     * events merged again, so its events move.
     */
    public void setPublicationDate(String articleId, LocalDate date) {
        Analysis base = analysis.get();
        if (base.article(articleId).isEmpty()) {
            return;
        }
        tasks.run("Re-reading dates of " + articleId, progress -> session.redate(base, Map.of(articleId, date), progress),
                redated -> {
                    setAnalysis(redated);
                    status.set("Publication date of " + articleId + " set to " + date);
                }, error -> status.set("Could not re-read dates: " + error));
    }

    private void refresh() {
        Analysis a = analysis.get();
        Predicate<Event> shows = filter.shows();
        List<Event> list = a.events().stream().filter(shows).toList();
        shown.set(list);
        long undated = list.stream().filter(e -> !e.isDated()).count();
        undatedCount.set((int) undated);
        // what the timeline draws (dated) apart from what it cannot place (undated)
        counts.set((list.size() - undated) + " dated shown · " + (a.events().size() - list.size()) + " hidden");
        refreshMatches();
    }

    private void refreshMatches() {
        Predicate<Event> m = filter.matches();
        matches.set(filter.isSearching()
                ? shown.get().stream().filter(m).map(Event::id).collect(Collectors.toUnmodifiableSet()) : Set.of());
    }

    /** Selects an event everywhere and opens its first passage in the source view. */
    public void select(Event e) {
        selection.eventProperty().set(e);
        if (e == null) {
            selection.passageProperty().set(null);
            return;
        }
        if (!e.passages().isEmpty()) {
            showPassage(e.passages().get(0));
        }
    }

    /** Opens a passage's article in the source view with the passage highlighted. */
    public void showPassage(Passage p) {
        analysis.get().article(p.articleId()).ifPresent(art -> selection.articleProperty().set(art));
        selection.passageProperty().set(p);
    }

    /**
     * Opens an article: its shown events are listed and the first one selected, so the event pane
     * and the timeline show the same article as the source view.
     */
    public void showArticle(Article article) {
        List<Event> own = shown.get().stream().filter(e -> e.passages().stream()
                .anyMatch(p -> p.articleId().equals(article.id()))).toList();
        if (own.isEmpty()) {
            selection.listed().clear();
            selection.eventProperty().set(null);
            selection.passageProperty().set(null);
            selection.articleProperty().set(article);
            return;
        }
        selection.list((article.title().isBlank() ? article.id() : article.title()) + ": " + own.size() + " events", own);
        Event first = own.get(0);
        selection.eventProperty().set(first);
        first.passages().stream().filter(p -> p.articleId().equals(article.id())).findFirst()
                .ifPresent(this::showPassage);
    }

    /** Lists the shown events without a date (the "N undated" link). */
    public void listUndated() {
        List<Event> undated = shown.get().stream().filter(e -> !e.isDated()).toList();
        selection.list(undated.size() + " undated events (not on the timeline)", undated);
    }

    /** How many shown events have no date (they are not on the timeline). */
    public javafx.beans.property.ReadOnlyIntegerProperty undatedCountProperty() {
        return undatedCount.getReadOnlyProperty();
    }

    /** The shown events inside the timeline's visible range: what the graph draws. */
    public List<Event> eventsInView() {
        LocalDate f = visibleFrom.get();
        LocalDate t = visibleTo.get();
        return shown.get().stream().filter(e -> !e.isDated() || f == null || t == null
                || (!e.date().end().isBefore(f) && !e.date().start().isAfter(t))).toList();
    }

    public ReadOnlyObjectProperty<Analysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    public Analysis analysis() {
        return analysis.get();
    }

    public ReadOnlyObjectProperty<List<Event>> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public List<Event> shown() {
        return shown.get();
    }

    public ReadOnlyObjectProperty<Set<String>> matchesProperty() {
        return matches.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** Shows a one-line message in the status bar. */
    public void report(String message) {
        status.set(message);
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ObjectProperty<LocalDate> visibleFromProperty() {
        return visibleFrom;
    }

    public ObjectProperty<LocalDate> visibleToProperty() {
        return visibleTo;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public FilterModel filter() {
        return filter;
    }

    public Selection selection() {
        return selection;
    }

    /** The analyzer the articles are read with (projects re-apply corrections with it). */
    public Analyzer analyzer() {
        return analyzer;
    }

    public BackgroundTask tasks() {
        return tasks;
    }
}
