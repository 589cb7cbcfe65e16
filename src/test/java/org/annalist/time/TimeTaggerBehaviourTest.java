package org.annalist.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TimeTaggerBehaviourTest {

    private static final String NEWS = """
            The envoy said on Monday that talks would resume next week. A 72-hour truce ended last \
            month, and the ministers will meet again on Oct. 6-7 and at the weekend.""";

    @Test
    void everyRuleMatchesItsOwnExample() {
        RuleTagger tagger = StandardHolder.RULES;

        assertThat(tagger.rules()).isNotEmpty().allSatisfy(rule ->
                assertThat(rule.pattern().matcher(rule.example()).find()).as("rule %s on '%s'", rule.name(),
                        rule.example()).isTrue());
    }

    @Test
    void standardTaggerIsBuiltOnceAndShared() {
        assertThat(TimeTagger.standard()).isSameAs(TimeTagger.standard());
    }

    @Test
    void parallelCallsGiveTheSameResultsAsOne() {
        LocalDate dct = LocalDate.of(2016, 10, 5);
        List<TimeExpression> expected = TimeTagger.standard().tag(NEWS, dct);

        List<List<TimeExpression>> results = IntStream.range(0, 200).parallel()
                .mapToObj(i -> TimeTagger.standard().tag(NEWS, dct)).toList();

        assertThat(expected).hasSizeGreaterThanOrEqualTo(5);
        assertThat(results).allSatisfy(r -> assertThat(r).isEqualTo(expected));
    }

    @Test
    void anchoredExpressionsCarryTheirFirstAndLastDays() {
        List<TimeExpression> found = TimeTagger.standard().tag(NEWS, LocalDate.of(2016, 10, 5));

        assertThat(found).extracting(TimeExpression::text, TimeExpression::value, TimeExpression::start,
                TimeExpression::end).contains(
                org.assertj.core.groups.Tuple.tuple("next week", "2016-W41", LocalDate.of(2016, 10, 10), LocalDate.of(2016, 10, 16)),
                org.assertj.core.groups.Tuple.tuple("last month", "2016-09", LocalDate.of(2016, 9, 1), LocalDate.of(2016, 9, 30)),
                org.assertj.core.groups.Tuple.tuple("Oct. 6-7", "2016-10-06/2016-10-07", LocalDate.of(2016, 10, 6), LocalDate.of(2016, 10, 7)),
                org.assertj.core.groups.Tuple.tuple("the weekend", "2016-W40-WE", LocalDate.of(2016, 10, 8), LocalDate.of(2016, 10, 9)),
                org.assertj.core.groups.Tuple.tuple("72-hour", "P3D", null, null));
    }

    @Test
    void expressionsAreInTextOrderAndDoNotOverlap() {
        List<TimeExpression> found = TimeTagger.standard().tag(NEWS, LocalDate.of(2016, 10, 5));

        for (int i = 1; i < found.size(); i++) {
            assertThat(found.get(i).span().start()).isGreaterThanOrEqualTo(found.get(i - 1).span().end());
        }
    }

    @Test
    void withoutPublicationDateRelativeExpressionsStayUnresolved() {
        List<TimeExpression> found = TimeTagger.standard().tag("Talks ended on Monday, in July 2015.", null);

        assertThat(found).extracting(TimeExpression::text, TimeExpression::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Monday", "XXXX-XX-XX"),
                        org.assertj.core.groups.Tuple.tuple("July 2015", "2015-07"));
        assertThat(found.get(0).isAnchored()).isFalse();
    }

    @Test
    void emptyAndOddTextDoNotCrash() {
        assertThat(TimeTagger.standard().tag("", LocalDate.of(2016, 1, 1))).isEmpty();
        assertThat(TimeTagger.standard().tag("Feb. 30 and 99:99 and the 0s", LocalDate.of(2016, 1, 1)))
                .noneMatch(t -> t.value().startsWith("2016-02-30"));
    }

    @Test
    void valueDaysCoverEveryGrain() {
        assertThat(ValueDays.of("2018-W05-WE")).isEqualTo(new ValueDays(LocalDate.of(2018, 2, 3), LocalDate.of(2018, 2, 4), Grain.WEEKEND));
        assertThat(ValueDays.of("2016-Q4").end()).isEqualTo(LocalDate.of(2016, 12, 31));
        assertThat(ValueDays.of("2016-WI").end()).isEqualTo(LocalDate.of(2017, 2, 28));
        assertThat(ValueDays.of("199").start()).isEqualTo(LocalDate.of(1990, 1, 1));
        assertThat(ValueDays.of("PRESENT_REF")).isNull();
        assertThat(ValueDays.of("P3D")).isNull();
    }
}
