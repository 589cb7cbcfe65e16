package org.annalist.ui.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.annalist.analysis.Analysis;
import org.annalist.events.DateBasis;
import org.annalist.events.Event;
import org.annalist.events.EventType;
import org.annalist.project.ProjectStore;
import org.annalist.ui.TestPipeline;
import org.annalist.ui.task.BackgroundTask;
import org.annalist.ui.workspace.WorkspaceViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Projects and corrections driven without a window: edits, undo/redo, save, open, recovery. */
class ProjectControllerTest {

    @TempDir
    Path dir;
    private final ScriptedPrompts prompts = new ScriptedPrompts();
    private WorkspaceViewModel vm;
    private ProjectController project;
    private EventActions edits;

    @BeforeEach
    void articlesOnDisk() throws IOException {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        write(articles, "a1", "2016-10-05", "Talks\n\nFrance met Russia yesterday in Paris. Nothing else happened.\n");
        write(articles, "a2", "2016-10-12", "Strikes\n\nWeather report first. Russia accused Turkey yesterday of shelling.\n");
        write(articles, "a3", null, "Border\n\nTurkey warned France yesterday about the border.\n");
        startWindowlessApp();
        vm.open(List.of(articles));
        assertThat(vm.analysis().events()).hasSize(3);
    }

    private static void write(Path folder, String name, String published, String text) throws IOException {
        Files.writeString(folder.resolve(name + ".txt"), text);
        if (published != null) {
            Files.writeString(folder.resolve(name + ".meta.json"), "{\"published\": \"" + published + "\"}");
        }
    }

    private void startWindowlessApp() {
        vm = new WorkspaceViewModel(TestPipeline.analyzer(), BackgroundTask.sameThread());
        project = new ProjectController(vm, TestPipeline.analyzer(), new ProjectStore(dir.resolve("recovery")), prompts);
        edits = new EventActions(vm, project.session(), prompts);
    }

    private Event event(String words) {
        return vm.analysis().events().stream().filter(e -> e.summary().contains(words)).findFirst().orElseThrow();
    }

    private void select(String words) {
        vm.select(event(words));
    }

    @Test
    void anEditShowsInTheWorkspaceAndUndoRedoRestoreIt() {
        select("shelling");
        prompts.then(EventType.COERCE);
        edits.changeType();
        assertThat(event("shelling").type()).isEqualTo(EventType.COERCE);
        assertThat(vm.shown()).anyMatch(e -> e.summary().contains("shelling") && e.type() == EventType.COERCE);
        assertThat(vm.selection().event().type()).as("the edited event stays selected").isEqualTo(EventType.COERCE);
        assertThat(project.session().undoTextProperty().get()).startsWith("Undo change type of 'Russia accused");

        project.session().undo();
        assertThat(event("shelling").type()).isEqualTo(EventType.CONSULT);
        assertThat(project.session().redoTextProperty().get()).startsWith("Redo change type of");
        project.session().redo();
        assertThat(event("shelling").type()).isEqualTo(EventType.COERCE);
    }

    @Test
    void aSequenceOfEditsUndoesBackToTheAnalysisAsRead() {
        List<Event> asRead = vm.analysis().events();
        select("shelling");
        prompts.then("2016-W40");
        edits.changeDate();
        Event dated = event("shelling");
        assertThat(dated.date().value()).isEqualTo("2016-W40");
        assertThat(dated.date().start()).isEqualTo(LocalDate.of(2016, 10, 3));
        assertThat(dated.date().basis()).isEqualTo(DateBasis.USER);
        select("France met Russia");
        edits.mergeWith(); // the nearest other event in time: the shelling one
        assertThat(vm.analysis().events()).hasSize(2);
        assertThat(event("France met Russia").passages()).hasSize(2);
        select("Turkey warned");
        edits.delete();
        assertThat(vm.analysis().events()).hasSize(1);
        List<Event> edited = vm.analysis().events();

        for (int i = 0; i < 3; i++) {
            project.session().undo();
        }
        assertThat(vm.analysis().events()).isEqualTo(asRead);
        assertThat(project.session().canUndoProperty().get()).isFalse();
        for (int i = 0; i < 3; i++) {
            project.session().redo();
        }
        assertThat(vm.analysis().events()).isEqualTo(edited);
    }

    @Test
    void saveThenOpenRestoresEveryKindOfCorrection() {
        select("shelling");
        prompts.then(EventType.ACCUSE).then("2016-10-10").then(new EditPrompts.Actors(List.of("turkey"), List.of("russia")))
                .then("Check against the wire copy");
        edits.changeType();
        edits.changeDate();
        edits.changeActors();
        edits.note();
        select("Turkey warned");
        edits.delete();
        project.session().setPublicationDate(vm.analysis().article("a3").orElseThrow(), LocalDate.of(2016, 10, 20));
        List<Event> before = vm.analysis().events();
        Path file = dir.resolve("case.annalist.json");
        assertThat(project.saveAs(file)).isTrue();
        assertThat(project.isDirty()).isFalse();

        startWindowlessApp();
        project.open(file);
        assertThat(prompts.errors).isEmpty();
        assertThat(prompts.unapplied).isEmpty();
        assertThat(vm.analysis().events()).isEqualTo(before);
        Event shelling = event("shelling");
        assertThat(shelling.source()).containsExactly("turkey");
        assertThat(edits.noteOf(shelling)).isEqualTo("Check against the wire copy");
        assertThat(project.titleProperty().get()).isEqualTo("Annalist — case.annalist.json");
        assertThat(project.isDirty()).isFalse();
        project.session().undo(); // the history of the reopened project starts at the saved state
        assertThat(project.session().canUndoProperty().get()).isFalse();
    }

    @Test
    void aPublicationDateCorrectionMovesTheArticlesEventsAndIsUndoable() {
        assertThat(event("Turkey warned").isDated()).isFalse();
        project.session().setPublicationDate(vm.analysis().article("a3").orElseThrow(), LocalDate.of(2016, 10, 20));
        assertThat(event("Turkey warned").date().start()).isEqualTo(LocalDate.of(2016, 10, 19));
        project.session().undo();
        assertThat(event("Turkey warned").isDated()).isFalse();
    }

    @Test
    void aCorruptProjectIsReportedAndChangesNothing() throws IOException {
        select("shelling");
        prompts.then(EventType.COERCE);
        edits.changeType();
        Analysis shown = vm.analysis();
        Path bad = Files.writeString(dir.resolve("broken.annalist.json"), "{\"version\": 1, \"inputs\": [");
        Path newer = Files.writeString(dir.resolve("future.annalist.json"), "{\"version\": 99, \"inputs\": []}");
        prompts.then(ProjectPrompts.Unsaved.DISCARD).then(ProjectPrompts.Unsaved.DISCARD);
        project.open(bad);
        project.open(newer);
        assertThat(prompts.errors).hasSize(2);
        assertThat(prompts.errors.get(0)).contains("broken.annalist.json is damaged");
        assertThat(prompts.errors.get(1)).contains("newer Annalist");
        assertThat(vm.analysis()).isSameAs(shown);
        assertThat(project.fileProperty().get()).isNull();
    }

    @Test
    void dirtyFlagAndWindowTitleFollowEditsAndSaves() {
        assertThat(project.titleProperty().get()).isEqualTo("Annalist");
        select("shelling");
        edits.delete();
        assertThat(project.isDirty()).isTrue();
        assertThat(project.titleProperty().get()).isEqualTo("Annalist — untitled *");
        prompts.then(dir.resolve("mine.json"));
        assertThat(project.save()).isTrue();
        assertThat(project.fileProperty().get().getFileName().toString()).isEqualTo("mine.annalist.json");
        assertThat(project.titleProperty().get()).isEqualTo("Annalist — mine.annalist.json");
        select("Turkey warned");
        edits.delete();
        assertThat(project.titleProperty().get()).isEqualTo("Annalist — mine.annalist.json *");
        project.session().undo();
        assertThat(project.titleProperty().get()).isEqualTo("Annalist — mine.annalist.json");
    }

    @Test
    void unsavedChangesCanCancelOpeningAnotherProject() {
        select("shelling");
        edits.delete();
        Path other = dir.resolve("other.annalist.json");
        project.open(other); // answered CANCEL: nothing happens, not even the missing file is noticed
        assertThat(prompts.asked).contains("unsaved untitled");
        assertThat(prompts.errors).isEmpty();
        assertThat(project.isDirty()).isTrue();
        assertThat(vm.analysis().events()).hasSize(2);
    }

    @Test
    void anAutosavedUntitledProjectIsRecoveredAfterACrash() {
        select("shelling");
        prompts.then(EventType.COERCE);
        edits.changeType();
        project.autosaveIfDirty();
        assertThat(dir.resolve("recovery").resolve("untitled.annalist.json")).exists();

        startWindowlessApp(); // the session ended without saving
        prompts.then(true);
        project.offerRecovery();
        assertThat(event("shelling").type()).isEqualTo(EventType.COERCE);
        assertThat(project.isDirty()).as("recovered work is not saved yet").isTrue();
    }

    @Test
    void declinedRecoveryDeletesTheAutosave() {
        select("shelling");
        edits.delete();
        project.autosaveIfDirty();
        startWindowlessApp();
        prompts.then(false);
        project.offerRecovery();
        assertThat(dir.resolve("recovery").resolve("untitled.annalist.json")).doesNotExist();
        project.offerRecovery();
        assertThat(prompts.asked).containsOnlyOnce("recover");
    }

    @Test
    void aCorrectionWhoseArticleChangedIsReportedNotLost() throws IOException {
        select("shelling");
        edits.delete();
        Path file = dir.resolve("case.annalist.json");
        project.saveAs(file);
        Files.writeString(dir.resolve("articles/a2.txt"), "Strikes\n\nRussia denied everything yesterday.\n");

        startWindowlessApp();
        project.open(file);
        assertThat(prompts.unapplied).singleElement().asString()
                .contains("a2 changed").contains("Russia accused Turkey");
        assertThat(vm.analysis().events()).hasSize(3);
        assertThat(project.session().corrections().edits()).hasSize(1);
    }

    @Test
    void correctionsAreLaidOverArticlesOpenedLater() throws IOException {
        select("shelling");
        prompts.then(EventType.COERCE);
        edits.changeType();
        Path more = Files.createDirectories(dir.resolve("more"));
        write(more, "b1", "2016-10-20", "Later\n\nFrance warned Turkey yesterday about the convoy.\n");
        vm.open(List.of(dir.resolve("articles"), more));
        assertThat(vm.analysis().events()).hasSize(4);
        assertThat(event("shelling").type()).isEqualTo(EventType.COERCE);
        assertThat(project.session().unappliedProperty().get()).isEmpty();
    }
}
