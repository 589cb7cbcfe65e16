package org.annalist.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.annalist.analysis.Analysis;
import org.annalist.analysis.Analyzer;
import org.annalist.actors.ActorCatalog;
import org.annalist.corpus.Article;
import org.annalist.corpus.DateSource;
import org.annalist.events.DateBasis;
import org.annalist.events.Event;
import org.annalist.events.EventDate;
import org.annalist.events.EventStatus;
import org.annalist.events.EventType;
import org.annalist.events.Granularity;
import org.annalist.events.Passage;
import org.annalist.export.SampleAnalysis;
import org.annalist.text.Span;
import org.annalist.time.TimeTagger;
import org.junit.jupiter.api.Test;

class CorrectionApplierTest {

    private final Analysis base = SampleAnalysis.analysis();
    private final CorrectionApplier applier = new CorrectionApplier(null);

    private Event event(Analysis a, String id) {
        return a.event(id).orElseThrow();
    }

    private CorrectionApplier.Result run(Edit... edits) {
        EditHistory h = new EditHistory(Corrections.none());
        for (Edit e : edits) {
            h.perform(e);
        }
        return applier.apply(base, h.current());
    }

    @Test
    void dateTypeActorsAndNoteEditsAreApplied() {
        EventDate oct9 = EventDate.day(LocalDate.of(2016, 10, 9), DateBasis.USER, "");
        var r = run(Edits.date(event(base, "e3"), oct9), Edits.type(event(base, "e1"), EventType.PROTEST),
                Edits.actors(event(base, "e2"), List.of("russia"), List.of("united-nations")),
                Edits.note(event(base, "e4"), "check with the Reuters copy"));

        assertThat(r.unapplied()).isEmpty();
        Event e3 = event(r.analysis(), "e3");
        assertThat(e3.date().start()).isEqualTo(LocalDate.of(2016, 10, 9));
        assertThat(e3.date().basis()).isEqualTo(DateBasis.USER);
        assertThat(event(r.analysis(), "e1").type()).isEqualTo(EventType.PROTEST);
        assertThat(event(r.analysis(), "e2").target()).containsExactly("united-nations");
        assertThat(r.analysis().graph().edges()).anyMatch(e -> e.source().equals("russia") && e.target().equals("united-nations"));
        assertThat(r.notes()).containsEntry("e4", "check with the Reuters copy");
    }

    @Test
    void deleteMergeAndAddChangeTheEventsAndTheGraph() {
        Article a = SampleAnalysis.articleA();
        int at = a.text().indexOf("officials said");
        Passage words = new Passage("a1", new Span(at, at + "officials said".length()), "officials said");
        var r = run(Edits.delete(event(base, "e5")), Edits.merge(event(base, "e1"), event(base, "e2")),
                Edits.add("user-1", EventDate.day(LocalDate.of(2016, 10, 5), DateBasis.USER, ""), EventType.STATEMENT,
                        0, EventStatus.OCCURRED, List.of("france"), List.of(), "Officials speak", List.of(words)));

        assertThat(r.unapplied()).isEmpty();
        assertThat(r.analysis().events()).extracting(Event::id).containsExactly("e1", "e3", "e4", "user-1");
        Event merged = event(r.analysis(), "e1");
        assertThat(merged.passages()).hasSize(2);
        assertThat(merged.actors()).contains("france", "russia", "united-nations");
        assertThat(event(r.analysis(), "user-1").passages().get(0).text()).isEqualTo("officials said");
        assertThat(event(r.analysis(), "user-1").date().basis()).isEqualTo(DateBasis.USER);
    }

    @Test
    void correctionsOnAVanishedOrChangedArticleAreReportedNotLost() {
        Corrections c = Corrections.none()
                .with(new EventCorrection.TypeFix(EventRef.of(event(base, "e4")), EventType.REJECT))
                .with(new EventCorrection.Deletion(EventRef.of(event(base, "e1"))))
                .with(new PublicationDateFix("b2", "x", LocalDate.of(2016, 1, 1)));
        Article edited = new Article("a1", SampleAnalysis.articleA().path(), "t", null, null,
                SampleAnalysis.articleA().published(), "Completely rewritten text.", List.of());
        Analysis fresh = SampleAnalysis.analysis(List.of(edited), List.of());

        var r = applier.apply(fresh, c);

        assertThat(r.unapplied()).hasSize(3);
        assertThat(r.unapplied().get(0)).contains("publication date").contains("b2").contains("no longer among the inputs");
        assertThat(r.unapplied().get(1)).contains("type of e4").contains("b2");
        assertThat(r.unapplied().get(2)).contains("a1 changed").contains("France on Monday");
    }

    @Test
    void aPassageThatMovedInAnEditedArticleIsStillFound() {
        Article a = SampleAnalysis.articleA();
        Article shifted = new Article("a1", a.path(), a.title(), a.url(), a.outlet(), a.published(),
                "Update: " + a.text(), List.of());
        Event e1 = event(base, "e1");
        Passage p = e1.passages().get(0);
        Event moved = new Event("e7", e1.date(), e1.type(), e1.tone(), e1.status(), e1.source(), e1.target(),
                e1.summary(), List.of(new Passage("a1", new Span(p.span().start() + 8, p.span().end() + 8), p.text())), null);
        Analysis fresh = SampleAnalysis.analysis(List.of(shifted), List.of(moved));

        var r = applier.apply(fresh, Corrections.none().with(new EventCorrection.TypeFix(EventRef.of(e1), EventType.AGREE)));

        assertThat(r.unapplied()).isEmpty();
        assertThat(event(r.analysis(), "e7").type()).isEqualTo(EventType.AGREE);
    }

    @Test
    void aCorrectedPublicationDateReanalysesTheArticleSoItsDatesFollow() {
        // a toy extractor: one event per article, dated by its publication date
        Analyzer analyzer = new Analyzer(ActorCatalog.standard(), TimeTagger.standard(), (t, d) -> List.of(),
                (article, timexes, mentions) -> article.published().date() == null ? List.of()
                        : List.of(new Event("e-" + article.id(), EventDate.day(article.published().date(),
                        DateBasis.PUBLISHED, ""), EventType.STATEMENT, 0, EventStatus.OCCURRED, List.of("france"),
                        List.of(), "", List.of(new Passage(article.id(), new Span(0, 5), article.text().substring(0, 5))), null)),
                events -> events);
        Analysis fresh = analyzer.analyze(new org.annalist.corpus.Corpus(List.of(SampleAnalysis.articleA()), List.of(),
                List.of()), org.annalist.task.Progress.NONE);

        EditHistory h = new EditHistory(Corrections.none());
        h.perform(Edits.publicationDate(SampleAnalysis.articleA(), LocalDate.of(2017, 3, 1)));
        var r = new CorrectionApplier(analyzer).apply(fresh, h.current());

        assertThat(fresh.events().get(0).date().start()).isEqualTo(LocalDate.of(2016, 10, 5));
        assertThat(r.analysis().articles().get(0).published().source()).isEqualTo(DateSource.USER);
        assertThat(r.analysis().events().get(0).date().start()).isEqualTo(LocalDate.of(2017, 3, 1));
    }

    @Test
    void anEventCannotBeMergedIntoItself() {
        var r = run(Edits.merge(event(base, "e1"), event(base, "e1")));
        assertThat(r.unapplied()).singleElement().asString().contains("into itself");
        assertThat(r.analysis().events()).hasSize(base.events().size());
    }

    @Test
    void anUndatedEventCanBeGivenADate() {
        var r = run(Edits.date(event(base, "e5"), new EventDate("2016-10", LocalDate.of(2016, 10, 1),
                LocalDate.of(2016, 10, 31), Granularity.MONTH, DateBasis.USER, "")));
        assertThat(event(r.analysis(), "e5").isDated()).isTrue();
        assertThat(r.analysis().events()).hasSize(5);
    }
}
