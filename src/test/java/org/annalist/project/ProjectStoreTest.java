package org.annalist.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.annalist.analysis.Analysis;
import org.annalist.events.DateBasis;
import org.annalist.events.EventDate;
import org.annalist.events.EventStatus;
import org.annalist.events.EventType;
import org.annalist.events.Granularity;
import org.annalist.export.SampleAnalysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectStoreTest {

    @TempDir
    Path dir;

    private final Analysis base = SampleAnalysis.analysis();

    /** Every kind of correction the analyst can make. */
    private Corrections everyKind() {
        EditHistory h = new EditHistory(Corrections.none());
        var e1 = base.event("e1").orElseThrow();
        var e2 = base.event("e2").orElseThrow();
        h.perform(Edits.publicationDate(SampleAnalysis.articleB(), LocalDate.of(2016, 10, 11)));
        h.perform(Edits.date(base.event("e3").orElseThrow(), new EventDate("2016-10", LocalDate.of(2016, 10, 1),
                LocalDate.of(2016, 10, 31), Granularity.MONTH, DateBasis.USER, "")));
        h.perform(Edits.type(e1, EventType.COERCE));
        h.perform(Edits.actors(e2, List.of("russia"), List.of("turkey", "france")));
        h.perform(Edits.delete(base.event("e5").orElseThrow()));
        h.perform(Edits.merge(e1, base.event("e4").orElseThrow()));
        h.perform(Edits.add("user-1", EventDate.day(LocalDate.of(2016, 10, 5), DateBasis.USER, ""), EventType.AID,
                2.5, EventStatus.PLANNED, List.of("united-nations"), List.of(), "UN aid \"convoy\"", e2.passages()));
        h.perform(Edits.note(e2, "Ünïcödé note, with \"quotes\"\nand a line break"));
        return h.current();
    }

    private Project project() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("work/articles"));
        return new Project(List.of(articles, dir.resolve("work/extra.txt")), everyKind(),
                new ViewState("graph", "article", "tone", LocalDate.of(2016, 9, 1), LocalDate.of(2016, 10, 31),
                        List.of("france", "russia"), List.of("reject"), "Aleppo", "e2"));
    }

    @Test
    void everyCorrectionSurvivesASaveAndOpenWithRelativeInputs() throws Exception {
        ProjectStore store = new ProjectStore(dir.resolve("recovery"));
        Project p = project();
        Path file = dir.resolve("work/case.annalist.json");
        store.save(p, file);

        String json = Files.readString(file);
        assertThat(json).contains("\"version\" : 1").contains("\"articles\"").doesNotContain(dir.toString())
                .doesNotContain("@class");
        assertThat(store.open(file)).isEqualTo(p);
        // the same corrections give the same result after the round trip
        var before = new CorrectionApplier(null).apply(base, p.corrections());
        var after = new CorrectionApplier(null).apply(base, store.open(file).corrections());
        assertThat(after).isEqualTo(before);
        assertThat(after.unapplied()).isEmpty();

        // the project moves with its folder
        Path moved = dir.resolve("moved");
        Files.move(dir.resolve("work"), moved);
        assertThat(store.open(moved.resolve("case.annalist.json")).inputs()).containsExactly(
                moved.resolve("articles").toAbsolutePath().normalize(), moved.resolve("extra.txt").toAbsolutePath().normalize());
    }

    @Test
    void savingKeepsOneBackupAndLeavesNoTemporaryFiles() throws Exception {
        ProjectStore store = new ProjectStore(dir.resolve("recovery"));
        Path file = dir.resolve("p.annalist.json");
        Project first = new Project(List.of(dir.resolve("a")), Corrections.none(), null);
        Project second = first.withCorrections(everyKind());
        store.save(first, file);
        store.save(second, file);
        store.save(second, file);

        assertThat(store.open(file)).isEqualTo(second);
        assertThat(store.open(ProjectStore.backupOf(file))).isEqualTo(second);
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("p.annalist.json",
                    "p.annalist.json.bak");
        }
    }

    @Test
    void anUnsavedProjectIsRecoveredAfterACrash() throws Exception {
        Path file = dir.resolve("p.annalist.json");
        Project saved = new Project(List.of(dir.resolve("a")), Corrections.none(), null);
        Project unsaved = saved.withCorrections(everyKind());
        ProjectStore session1 = new ProjectStore(dir.resolve("recovery"));
        session1.save(saved, file);
        session1.autosave(unsaved, file);
        session1.autosave(unsaved, null); // an untitled project too
        // the session dies here without saving; a new one starts

        ProjectStore session2 = new ProjectStore(dir.resolve("recovery"));
        assertThat(session2.recover(file)).contains(unsaved);
        assertThat(session2.recover(null)).hasValueSatisfying(p -> assertThat(p.corrections()).isEqualTo(unsaved.corrections()));

        // an autosave older than the saved file is stale and not offered
        Files.setLastModifiedTime(ProjectStore.autosaveOf(file), FileTime.from(Instant.now().minusSeconds(3600)));
        assertThat(session2.recover(file)).isEmpty();
        // saving removes the autosave
        session2.autosave(unsaved, file);
        session2.save(unsaved, file);
        assertThat(ProjectStore.autosaveOf(file)).doesNotExist();
        session2.discardAutosave(null);
        assertThat(session2.recover(null)).isEmpty();
    }

    @Test
    void corruptFilesAndNewerVersionsGiveAClearMessage() throws Exception {
        ProjectStore store = new ProjectStore(dir.resolve("recovery"));
        Path file = dir.resolve("p.annalist.json");
        store.save(new Project(List.of(), everyKind(), null), file);
        String good = Files.readString(file);

        assertMessage(store, good.substring(0, good.length() / 2), "p.annalist.json is damaged: not valid JSON");
        assertMessage(store, "[1, 2]", "not an Annalist project");
        assertMessage(store, "{\"inputs\": []}", "not an Annalist project");
        assertMessage(store, good.replace("\"version\" : 1", "\"version\" : 7"), "newer Annalist");
        assertMessage(store, good.replace("\"kind\" : \"merge\"", "\"kind\" : \"java.lang.Runtime\""), "damaged");
        assertMessage(store, good.replace("\"COERCE\"", "\"TELEPORT\""), "damaged");
        assertMessage(store, good + "{}", "damaged");
        assertThatThrownBy(() -> store.open(dir.resolve("none.annalist.json"))).isInstanceOf(ProjectException.class)
                .hasMessageContaining("no such project file");
    }

    private void assertMessage(ProjectStore store, String content, String expected) throws Exception {
        Path bad = dir.resolve("p.annalist.json");
        Files.writeString(bad, content, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> store.open(bad)).isInstanceOf(ProjectException.class)
                .hasMessageContaining(expected)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
