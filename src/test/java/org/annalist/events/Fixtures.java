package org.annalist.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annalist.actors.ActorCatalog;
import org.annalist.actors.CatalogActorRecognizer;
import org.annalist.corpus.Article;
import org.annalist.corpus.DateSource;
import org.annalist.corpus.ExcludedRange;
import org.annalist.corpus.PublicationDate;
import org.annalist.text.Span;
import org.annalist.time.TimeExpression;
import org.annalist.time.TimeTagger;
import org.annalist.time.TimexType;

/** Hand-made articles, mentions and time expressions for extractor tests. */
final class Fixtures {

    static final RuleEventExtractor EXTRACTOR = new RuleEventExtractor(ActorCatalog.standard());

    private Fixtures() {
    }

    static Article article(String id, String text, String published, ExcludedRange... excluded) {
        return new Article(id, null, "", null, null,
                new PublicationDate(LocalDate.parse(published), DateSource.METADATA, "test"), text, List.of(excluded));
    }

    /** A DATE expression on the first occurrence of {@code words} at or after {@code from}. */
    static TimeExpression day(String text, String words, String value) {
        int at = text.indexOf(words);
        if (at < 0) {
            throw new IllegalArgumentException(words);
        }
        LocalDate d = LocalDate.parse(value);
        return new TimeExpression(new Span(at, at + words.length()), words, TimexType.DATE, value, d, d);
    }

    static TimeExpression range(String text, String words, String value, String start, String end) {
        int at = text.indexOf(words);
        return new TimeExpression(new Span(at, at + words.length()), words, TimexType.DATE, value,
                LocalDate.parse(start), LocalDate.parse(end));
    }

    static List<Event> extract(Article a, TimeExpression... timexes) {
        List<TimeExpression> ts = new ArrayList<>(List.of(timexes));
        ts.sort((x, y) -> x.span().compareTo(y.span()));
        return EXTRACTOR.extract(a, ts, AliasRecognizer.focus().find(a.text(), a.published().date()));
    }

    /** Extraction with the standard time tagger on {@code text}, as the pipeline runs it. */
    static List<Event> extractTagged(String text, String published) {
        TimeExpression[] timexes = TimeTagger.standard().tag(text, LocalDate.parse(published))
                .toArray(new TimeExpression[0]);
        return extract(article("a", text, published), timexes);
    }

    /** Extraction with the whole actor catalog (not only the focus aliases) and no time expressions. */
    static List<Event> extractWithCatalog(String text, String published) {
        Article a = article("a", text, published);
        return EXTRACTOR.extract(a, List.of(), CatalogActorRecognizer.standard().find(text, a.published().date()));
    }

    /** Extraction as the pipeline runs it: the standard time tagger and the whole actor catalog. */
    static List<Event> extractAsPipeline(String text, String published) {
        Article a = article("a", text, published);
        return EXTRACTOR.extract(a, TimeTagger.standard().tag(text, a.published().date()),
                CatalogActorRecognizer.standard().find(text, a.published().date()));
    }

    /** The summary lines of {@link #extractAsPipeline}, in the order of the events. */
    static List<String> summariesAsPipeline(String text, String published) {
        return extractAsPipeline(text, published).stream().map(Event::summary).toList();
    }

    /** The acts a user sees (drawn: occurred, planned, threatened) of {@link #extractAsPipeline}. */
    static List<Event> drawnAsPipeline(String text, String published) {
        return extractAsPipeline(text, published).stream().filter(e -> e.status().isDrawn()).toList();
    }

    /**
     * One row of a roles table: the last act of {@code type} ('*' any) in {@code sentence}, read with
     * the whole catalog on 5 Feb 2011, has these source and target ids ('-' none, '*' not asserted,
     * joint actors comma-separated; the source in any order).
     */
    static void assertRoles(String sentence, String type, String source, String target) {
        assertRoles(sentence, "2011-02-05", type, source, target);
    }

    /** {@link #assertRoles(String, String, String, String)} read on the given publication day. */
    static void assertRoles(String sentence, String published, String type, String source, String target) {
        List<Event> acts = extractWithCatalog(sentence, published).stream()
                .filter(e -> type.equals("*") || e.type() == EventType.valueOf(type)).toList();
        org.assertj.core.api.Assertions.assertThat(acts).as(sentence).isNotEmpty();
        Event e = acts.get(acts.size() - 1);
        if (!source.equals("*")) {
            org.assertj.core.api.Assertions.assertThat(e.source()).as(sentence).containsExactlyInAnyOrderElementsOf(ids(source));
        }
        if (!target.equals("*")) {
            org.assertj.core.api.Assertions.assertThat(e.target()).as(sentence).isEqualTo(ids(target));
        }
    }

    private static List<String> ids(String s) {
        return s.equals("-") ? List.of() : java.util.Arrays.asList(s.split(","));
    }

    /**
     * One example row of a rule file: its text, read on its publication day, gives no drawn act when its
     * status is "none", else an act of that status with that summary.
     */
    static void assertExampleHolds(CuesFile.Example example) {
        List<Event> events = extract(article("a", example.text(), example.published()));
        if (example.status().equals("none")) {
            org.assertj.core.api.Assertions.assertThat(events).noneMatch(e -> e.status().isDrawn());
        } else {
            org.assertj.core.api.Assertions.assertThat(events).anySatisfy(e -> {
                org.assertj.core.api.Assertions.assertThat(e.status().id()).isEqualTo(example.status());
                org.assertj.core.api.Assertions.assertThat(e.summary()).isEqualTo(example.summary());
            });
        }
    }
}
