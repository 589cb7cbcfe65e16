package org.annalist.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.annalist.bench.SyntheticAnalysis;
import org.annalist.events.Event;
import org.annalist.ui.TestPipeline;
import org.annalist.ui.graph.GraphViewModel;
import org.annalist.ui.task.BackgroundTask;
import org.annalist.ui.timeline.TimelineViewModel;
import org.annalist.timeline.Lane;
import org.annalist.timeline.LaneMode;
import org.junit.jupiter.api.Test;

/** The window's state, driven without a window. */
class WorkspaceViewModelTest {

    private final WorkspaceViewModel vm = new WorkspaceViewModel(TestPipeline.analyzer(), BackgroundTask.sameThread());
    private final TimelineViewModel timeline = new TimelineViewModel(vm);
    private final GraphViewModel graph = new GraphViewModel(vm);

    @Test
    void hidingAnActorRemovesItsLaneAndGraphNode() {
        vm.setAnalysis(SyntheticAnalysis.generate(300, 100, 1));
        assertThat(timeline.index().lanes()).extracting(Lane::key).contains("france");
        assertThat(graph.graph().node("france")).isNotNull();
        vm.filter().hiddenActors().add("france");
        assertThat(timeline.index().lanes()).extracting(Lane::key).doesNotContain("france");
        assertThat(graph.graph().node("france")).isNull();
        assertThat(vm.shown()).noneMatch(e -> e.actors().contains("france"));
        assertThat(vm.countsProperty().get()).matches("\\d+ dated shown · [1-9]\\d* hidden.*");
    }

    @Test
    void typeAndDateFiltersNarrowWhatIsShown() {
        vm.setAnalysis(SyntheticAnalysis.generate(300, 100, 1));
        vm.filter().hiddenTypes().add(org.annalist.events.EventType.ASSAULT);
        assertThat(vm.shown()).isNotEmpty().noneMatch(e -> e.type() == org.annalist.events.EventType.ASSAULT);
        vm.filter().fromProperty().set(LocalDate.of(2016, 2, 1));
        assertThat(vm.shown()).allMatch(e -> !e.date().end().isBefore(LocalDate.of(2016, 2, 1)));
    }

    @Test
    void searchMarksMatchesWithoutHidingOthers() {
        vm.setAnalysis(TestPipeline.analysis());
        int before = vm.shown().size();
        vm.filter().searchProperty().set("SHELLING");
        assertThat(vm.matchesProperty().get()).hasSize(1);
        assertThat(vm.shown()).hasSize(before);
    }

    @Test
    void selectingAnEventOpensItsPassage() {
        vm.setAnalysis(TestPipeline.analysis());
        Event e = vm.shown().get(0);
        vm.select(e);
        assertThat(vm.selection().passageProperty().get()).isEqualTo(e.passages().get(0));
        assertThat(vm.selection().articleProperty().get().id()).isEqualTo(e.passages().get(0).articleId());
    }

    @Test
    void zoomAndPanChangeTheVisibleRange() {
        vm.setAnalysis(SyntheticAnalysis.generate(300, 100, 1));
        timeline.plotWidthProperty().set(900);
        LocalDate from = vm.visibleFromProperty().get();
        LocalDate to = vm.visibleToProperty().get();
        timeline.zoomIn();
        assertThat(vm.visibleFromProperty().get()).isAfter(from);
        assertThat(vm.visibleToProperty().get()).isBefore(to);
        LocalDate zoomedFrom = vm.visibleFromProperty().get();
        timeline.pan(-300);
        assertThat(vm.visibleFromProperty().get()).isAfter(zoomedFrom);
        timeline.fitAll();
        assertThat(vm.visibleFromProperty().get()).isEqualTo(from);
    }

    @Test
    void theGraphFollowsTheVisibleRange() {
        vm.setAnalysis(SyntheticAnalysis.generate(300, 100, 1));
        timeline.plotWidthProperty().set(900);
        int all = graph.graph().edges().stream().mapToInt(e -> e.weight()).sum();
        timeline.show(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 1, 5));
        int few = graph.graph().edges().stream().mapToInt(e -> e.weight()).sum();
        assertThat(few).isPositive().isLessThan(all);
    }

    @Test
    void clickingAnEdgeListsTheSharedEvents() {
        vm.setAnalysis(TestPipeline.analysis());
        var edge = graph.graph().edges().get(0);
        graph.pickEdge(edge);
        assertThat(vm.selection().listed()).extracting(Event::id).containsExactlyInAnyOrderElementsOf(edge.events());
        assertThat(vm.selection().listTitleProperty().get()).contains("shared events");
    }

    @Test
    void settingAPublicationDateMovesThatArticlesEvents() {
        vm.setAnalysis(TestPipeline.analysis());
        Event undated = vm.shown().stream().filter(e -> e.passages().get(0).articleId().equals("a3")).findFirst()
                .orElseThrow();
        assertThat(undated.isDated()).isFalse();
        vm.setPublicationDate("a3", LocalDate.of(2016, 11, 2));
        Event moved = vm.shown().stream().filter(e -> e.passages().get(0).articleId().equals("a3")).findFirst()
                .orElseThrow();
        assertThat(moved.date().start()).isEqualTo(LocalDate.of(2016, 11, 1));
        assertThat(vm.analysis().article("a3").orElseThrow().published().source().id()).isEqualTo("user");
        Event other = vm.shown().stream().filter(e -> e.passages().get(0).articleId().equals("a1")).findFirst()
                .orElseThrow();
        assertThat(other.date().start()).isEqualTo(LocalDate.of(2016, 10, 4));
    }

    @Test
    void laneModeSwitchesToArticles() {
        vm.setAnalysis(TestPipeline.analysis());
        timeline.laneModeProperty().set(LaneMode.ARTICLE);
        assertThat(timeline.index().lanes()).extracting(Lane::label).containsExactly("Talks", "Strikes");
    }

    @Test
    void openReadsFilesAndReportsProblems() {
        vm.open(List.of(Path.of("samples"), Path.of("no/such/folder")));
        assertThat(vm.analysis().articles()).isNotEmpty();
        assertThat(vm.analysis().problems()).hasSize(1);
        assertThat(vm.statusProperty().get()).startsWith("Loaded");
    }

    @Test
    void cancelStopsTheLoadAndKeepsTheOldAnalysis() {
        vm.setAnalysis(TestPipeline.analysis());
        BackgroundTask tasks = new BackgroundTask(r -> { }, Runnable::run);
        WorkspaceViewModel pending = new WorkspaceViewModel(TestPipeline.analyzer(), tasks);
        pending.open(List.of(Path.of("samples")));
        assertThat(tasks.runningProperty().get()).isTrue();
        tasks.cancel();
        assertThat(tasks.runningProperty().get()).isFalse();
        assertThat(tasks.messageProperty().get()).isEqualTo("Cancelled");
        assertThat(pending.analysis().articles()).isEmpty();
    }
}
