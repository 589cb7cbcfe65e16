package org.annalist.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.annalist.analysis.Analysis;
import org.annalist.analysis.Analyzer;
import org.annalist.corpus.CorpusReader;
import org.annalist.corpus.FileSizeLimit;
import org.annalist.project.CorrectionApplier;
import org.annalist.project.Corrections;
import org.annalist.project.Fingerprint;
import org.annalist.project.Project;
import org.annalist.project.ProjectException;
import org.annalist.project.ProjectOpener;
import org.annalist.project.ProjectStore;
import org.annalist.project.PublicationDateFix;
import org.annalist.project.ViewState;
import org.annalist.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** C1-C4, M3, W2, W11 and H4: crafted and stale projects are refused in one line or reported, never crash. */
class ProjectHardeningTest {

    @TempDir
    Path dir;

    private String openFails(String json) throws Exception {
        Path f = Files.writeString(dir.resolve("case.annalist.json"), json);
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> new ProjectStore(dir).open(f));
        assertThat(t).isInstanceOf(ProjectException.class);
        String m = t.getMessage();
        assertThat(m.lines()).hasSize(1);
        assertThat(m).doesNotContain("com.fasterxml", "org.annalist", "`");
        return m;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"version\":1,\"inputs\":[\"a\\u0000b\"]}|inputs[0] holds a NUL character",
        "{\"version\":1,\"inputs\":[null]}|inputs[0] is null",
        "{\"version\":1,\"corrections\":{\"edits\":[{\"kind\":\"type\",\"event\":null,\"type\":\"COERCE\"}]}}|corrections.edits[0].event is missing",
        "{\"version\":1,\"corrections\":{\"edits\":[{\"kind\":\"type\",\"event\":{\"eventId\":\"e1\"},\"type\":null}]}}|corrections.edits[0].type is missing",
        "{\"version\":1,\"corrections\":{\"publicationDates\":[{\"articleId\":\"a\",\"date\":\"+999999999-12-31\"}]}}|corrections.publicationDates[0].date +999999999-12-31 is outside the years",
        "{\"version\":1,\"corrections\":{\"edits\":[{\"kind\":\"date\",\"event\":{\"eventId\":\"e1\"},\"value\":\"x\",\"start\":\"-999999999-01-01\",\"end\":\"+999999999-12-31\",\"granularity\":\"INTERVAL\"}]}}|corrections.edits[0].start",
    })
    void c1ToC4MalformedValuesAreRefusedNamingTheField(String json, String expected) throws Exception {
        assertThat(openFails(json)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"version\":4294967297}|newer Annalist (project format 4294967297)",
        "{\"version\":\"1\"}|malformed version (text)",
        "{\"version\":1e30}|malformed version (not a whole number)",
        "{\"version\":1.9}|malformed version (not a whole number)",
        "{\"app\":\"Annalist\"}|no version field",
    })
    void m3VersionMessagesSayWhatIsWrong(String json, String expected) throws Exception {
        assertThat(openFails(json)).contains(expected);
    }

    @Test
    void w2AReplacedArticleDoesNotGetItsOldDateAndIsListed() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "France on Monday called for talks with Russia on Syria.\n");
        String oldHash = Fingerprint.of("Another text entirely, about something else.\n");
        Analysis analysis = Analyzer.standard().analyze(
                new CorpusReader(FileSizeLimit.DEFAULT).read(List.of(a), Progress.NONE), Progress.NONE);
        Corrections c = Corrections.none().with(new PublicationDateFix("a", oldHash, LocalDate.of(2016, 10, 11)));

        CorrectionApplier.Result r = new CorrectionApplier(Analyzer.standard()).apply(analysis, c);

        assertThat(r.analysis().articles().get(0).published().date()).isNotEqualTo(LocalDate.of(2016, 10, 11));
        assertThat(r.unapplied()).singleElement().asString().contains("a changed");
    }

    @Test
    @org.junit.jupiter.api.Tag("evaluation") // 15 saves of a 2 MB project under a polling reader: ~17 s, the long part
    void w11TheBackupIsNeverSeenHalfWritten() throws Exception {
        Path f = dir.resolve("big.annalist.json");
        ProjectStore store = new ProjectStore(dir.resolve("recovery"));
        List<Path> many = java.util.stream.IntStream.range(0, 40_000).mapToObj(i -> dir.resolve("input-" + i + ".txt")).toList();
        Project p = new Project(many, Corrections.none(), ViewState.defaults());
        store.save(p, f);
        store.save(p, f);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<String> torn = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            Path bak = ProjectStore.backupOf(f);
            while (!stop.get()) {
                try {
                    String s = Files.readString(bak);
                    if (!s.strip().endsWith("}")) {
                        torn.set("a half-written .bak of " + s.length() + " characters");
                    }
                } catch (java.io.IOException e) {
                    torn.set("the .bak was missing: " + e);
                }
            }
        });
        reader.start();
        for (int i = 0; i < 15; i++) {
            store.save(p, f);
        }
        stop.set(true);
        reader.join();
        assertThat(torn.get()).isNull();
    }

    @Test
    void h4AProjectReadingTheRootIsRefusedWithoutConfirmation() {
        Project p = new Project(List.of(Path.of("/")), Corrections.none(), ViewState.defaults());
        assertThatThrownBy(() -> new ProjectOpener(Analyzer.standard()).read(p, Progress.NONE))
                .hasMessageContaining("system folder");
        Project etc = new Project(List.of(Path.of("/etc")), Corrections.none(), ViewState.defaults());
        assertThatThrownBy(() -> new ProjectOpener(Analyzer.standard()).read(etc, Progress.NONE))
                .hasMessageContaining("/etc");
    }

    @Test
    void h4AWalkIsCancellableWhileListing() throws Exception {
        Path deep = dir.resolve("tree");
        for (int i = 0; i < 50; i++) {
            Files.createDirectories(deep.resolve("d" + i).resolve("e"));
        }
        int[] asked = {0};
        Progress cancelAfterListingStarts = new Progress() {
            @Override
            public void report(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return ++asked[0] > 3;
            }
        };
        assertThatThrownBy(() -> new CorpusReader(FileSizeLimit.DEFAULT).read(List.of(deep), cancelAfterListingStarts))
                .isInstanceOf(org.annalist.task.CancelledException.class);
        assertThat(asked[0]).isLessThan(10);
    }
}
