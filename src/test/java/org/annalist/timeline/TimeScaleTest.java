package org.annalist.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeScaleTest {

    @Test
    void fitShowsTheWholeRangeInsideTheMargins() {
        TimeScale s = TimeScale.fit(LocalDate.of(2016, 10, 1), LocalDate.of(2016, 10, 31), 620, 10);
        assertThat(s.x(LocalDate.of(2016, 10, 1).toEpochDay())).isCloseTo(10, within(1e-6));
        assertThat(s.x(LocalDate.of(2016, 11, 1).toEpochDay())).isCloseTo(610, within(1e-6));
    }

    @Test
    void zoomKeepsTheDayUnderThePointerInPlace() {
        TimeScale s = TimeScale.fit(0, 100, 1000, 0);
        double before = s.day(300);
        TimeScale z = s.zoomAround(300, 4);
        assertThat(z.day(300)).isCloseTo(before, within(1e-9));
        assertThat(z.endDay() - z.startDay()).isCloseTo(25, within(1e-9));
    }

    @Test
    void panMovesContentWithThePointer() {
        TimeScale s = TimeScale.fit(0, 100, 1000, 0);
        assertThat(s.pan(100).x(50)).isCloseTo(s.x(50) + 100, within(1e-9));
    }

    @Test
    void zoomIsBounded() {
        TimeScale s = TimeScale.fit(0, 100, 1000, 0).zoomAround(0, 1e9);
        assertThat(s.daysPerPixel()).isEqualTo(TimeScale.MIN_DAYS_PER_PIXEL);
    }

    @Test
    void ticksAdaptFromDecadesToDays() {
        assertThat(AxisTicks.unitFor(TimeScale.fit(0, 365 * 60, 1000, 0), 70)).isEqualTo(TickUnit.DECADE);
        assertThat(AxisTicks.unitFor(TimeScale.fit(0, 365 * 8, 1000, 0), 70)).isEqualTo(TickUnit.YEAR);
        assertThat(AxisTicks.unitFor(TimeScale.fit(0, 600, 1000, 0), 70)).isEqualTo(TickUnit.QUARTER);
        assertThat(AxisTicks.unitFor(TimeScale.fit(0, 300, 1000, 0), 70)).isEqualTo(TickUnit.MONTH);
        assertThat(AxisTicks.unitFor(TimeScale.fit(0, 60, 1000, 0), 70)).isEqualTo(TickUnit.WEEK);
        assertThat(AxisTicks.unitFor(TimeScale.fit(0, 10, 1000, 0), 70)).isEqualTo(TickUnit.DAY);
    }

    @Test
    void monthTicksFallOnFirstsAndNameTheYearWhereItChanges() {
        TimeScale s = TimeScale.fit(LocalDate.of(2016, 11, 10), LocalDate.of(2017, 2, 20), 500, 0);
        List<AxisTicks.Tick> ticks = AxisTicks.ticks(s, 70);
        assertThat(ticks).extracting(AxisTicks.Tick::label).containsSubsequence("Dec 2016", "Jan 2017", "Feb");
        assertThat(ticks).allMatch(t -> t.date().getDayOfMonth() == 1);
    }

    @Test
    void weekTicksFallOnMondays() {
        TimeScale s = TimeScale.fit(LocalDate.of(2016, 10, 1), LocalDate.of(2016, 11, 15), 700, 0);
        assertThat(AxisTicks.ticks(s, 70)).allMatch(t -> t.date().getDayOfWeek() == java.time.DayOfWeek.MONDAY);
    }
}
