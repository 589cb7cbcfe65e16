package org.annalist.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annalist.analysis.Analysis;
import org.annalist.bench.SyntheticAnalysis;
import org.annalist.events.Event;
import org.junit.jupiter.api.Test;

class LaneLayoutTest {

    private final Analysis analysis = SyntheticAnalysis.generate(500, 200, 3);

    @Test
    void focusActorsComeFirstInActorLanes() {
        LaneIndex index = LaneIndex.build(analysis, analysis.events(), LaneMode.ACTOR);
        assertThat(index.lanes().subList(0, 5)).extracting(Lane::key)
                .containsExactly("france", "russia", "united-states", "united-nations", "turkey");
    }

    @Test
    void articleLanesFollowTheArticles() {
        LaneIndex index = LaneIndex.build(analysis, analysis.events(), LaneMode.ARTICLE);
        assertThat(index.lanes()).extracting(Lane::key).allMatch(k -> k.startsWith("synthetic-"));
        assertThat(index.lanes()).hasSizeLessThanOrEqualTo(analysis.articles().size());
    }

    @Test
    void everyVisibleEventIsCoveredExactlyOncePerLaneAndNothingOutsideTheView() {
        LaneIndex index = LaneIndex.build(analysis, analysis.events(), LaneMode.ACTOR);
        TimelineGeometry g = new TimelineGeometry(100, 0, 30, 26, 800);
        TimeScale view = TimeScale.fit(LocalDate.of(2016, 2, 1), LocalDate.of(2016, 2, 29), 800, 0);
        List<Mark> marks = MarkLayout.layout(index, view, g, 0, index.lanes().size() - 1);
        int covered = marks.stream().mapToInt(Mark::count).sum();
        long expected = 0;
        for (int lane = 0; lane < index.lanes().size(); lane++) {
            String key = index.lanes().get(lane).key();
            expected += analysis.events().stream().filter(e -> e.actors().contains(key))
                    .filter(e -> !e.date().end().isBefore(LocalDate.of(2016, 1, 31))
                            && !e.date().start().isAfter(LocalDate.of(2016, 3, 1)))
                    .count();
        }
        // marks at the edges may include events a few pixels outside; never more than a handful
        assertThat((long) covered).isBetween(expected - 20, expected + 20);
        assertThat(marks).allMatch(m -> m.x2() >= g.left() - 20 && m.x1() <= g.left() + 820);
    }

    @Test
    void crowdedStretchesBecomeCountsThatOpenWhenZoomedIn() {
        LaneIndex index = LaneIndex.build(analysis, analysis.events(), LaneMode.ACTOR);
        TimelineGeometry g = new TimelineGeometry(100, 0, 30, 26, 400);
        TimeScale all = TimeScale.fit(index.minDay(), index.maxDay(), 400, 0);
        List<Mark> far = MarkLayout.layout(index, all, g, 0, 0);
        assertThat(far).anyMatch(Mark::isCluster);
        Mark cluster = far.stream().filter(Mark::isCluster).findFirst().orElseThrow();
        List<Event> inside = MarkLayout.events(index, cluster);
        assertThat(inside).hasSize(cluster.count());
        double from = inside.get(0).date().start().toEpochDay();
        TimeScale close = TimeScale.fit(from, from + 1, 400, 150);
        List<Mark> near = MarkLayout.layout(index, close, g, 0, 0);
        assertThat(near.stream().filter(m -> !m.isCluster()).count()).isGreaterThan(0);
    }

    @Test
    void vagueDatesAreSpansWhenWideEnough() {
        LaneIndex index = LaneIndex.build(analysis, analysis.events(), LaneMode.ACTOR);
        TimelineGeometry g = new TimelineGeometry(100, 0, 30, 26, 1200);
        Event monthly = analysis.events().stream()
                .filter(e -> e.date().granularity() == org.annalist.events.Granularity.MONTH).findFirst().orElseThrow();
        TimeScale s = TimeScale.fit(monthly.date().start(), monthly.date().end(), 1200, 100);
        List<Mark> marks = MarkLayout.layout(index, s, g, 0, index.lanes().size() - 1);
        assertThat(marks).anyMatch(m -> !m.isCluster() && index.event(m.event()).equals(monthly) && m.span()
                && m.x2() - m.x1() > 500);
    }

    @Test
    void hitTestFindsTheMarkUnderThePointer() {
        LaneIndex index = LaneIndex.build(analysis, analysis.events(), LaneMode.ACTOR);
        TimelineGeometry g = new TimelineGeometry(100, 0, 30, 26, 800);
        TimeScale s = TimeScale.fit(LocalDate.of(2016, 1, 10), LocalDate.of(2016, 1, 12), 800, 0);
        List<Mark> marks = MarkLayout.layout(index, s, g, 0, index.lanes().size() - 1);
        Mark m = marks.get(marks.size() / 2);
        assertThat(MarkLayout.hit(marks, m.centre(), m.y())).isNotNull();
        assertThat(MarkLayout.hit(marks, m.centre(), m.y() + 13)).isNull();
    }

    @Test
    void staticRendererEmitsOneItemPerShownEventEvenInsideCounts() {
        List<Event> shown = new ArrayList<>(analysis.events().subList(0, 200));
        double h = TimelineRenderer.preferredHeight(analysis, shown, 1200);
        RecordingCanvas c = new RecordingCanvas(1200, h);
        TimelineRenderer.render(c, analysis, shown, "Syria, October 2016", null, null);
        // every shown event is an element, except the strays outside the fitted range, which the subtitle counts
        int outside = RobustRange.of(shown).orElseThrow().outsideCount();
        assertThat(c.items.stream().filter(i -> i.startsWith("event:")).distinct().count()).isEqualTo(200 - outside);
        if (outside > 0) {
            assertThat(c.texts).anyMatch(t -> t.contains("200 dated events, " + (200 - outside) + " of them from")
                    && t.contains("not drawn"));
        }
        assertThat(c.texts).contains("Syria, October 2016", "Sources", "planned");
        assertThat(c.count("legend")).isEqualTo(1);
    }
}
