package org.annalist.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceTextsTest {

    private static final String TML = """
            <?xml version="1.0" ?>
            <TimeML>
            <DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-13" functionInDocument="CREATION_TIME">1998-02-13</TIMEX3></DCT>
            <TITLE>AT&amp;T <EVENT eid="e0">wins</EVENT></TITLE>
            <TEXT>
            The company <EVENT eid="e1" class="OCCURRENCE">said</EVENT> &quot;yes&quot; <TIMEX3 tid="t1" type="DATE" value="1998-02-12">yesterday</TIMEX3>.
            </TEXT>
            </TimeML>
            """;

    @Test
    void timeMlLosesItsTagsAndEntitiesAndKeepsItsCreationDate() {
        SourceText text = SourceTexts.parseTimeMl(TML).orElseThrow();

        assertThat(text.text()).isEqualTo("The company said \"yes\" yesterday.");
        assertThat(text.title()).isEqualTo("AT&T wins");
        assertThat(text.published()).isEqualTo(LocalDate.of(1998, 2, 13));
    }

    @Test
    void aDocumentWithoutTextGivesNothing() {
        assertThat(SourceTexts.parseTimeMl("<TimeML><TITLE>x</TITLE></TimeML>")).isEmpty();
        assertThat(SourceTexts.parseTimeMl("<TimeML><TEXT>  <EVENT/> </TEXT></TimeML>")).isEmpty();
    }

    @Test
    void readsTimeMlFilesUnderTheSharedFolder(@TempDir Path shared) throws IOException {
        Path folder = Files.createDirectories(shared.resolve("data/tempeval3-train/AQUAINT"));
        Files.writeString(folder.resolve("b.tml"), TML);
        Files.writeString(folder.resolve("a.tml"), TML.replace("1998-02-13", "1999-01-01"));
        Files.writeString(folder.resolve("notes.txt"), "not TimeML");

        List<SourceText> texts = SourceTexts.load(shared, Path.of("samples"));

        assertThat(texts).extracting(SourceText::published)
                .containsExactly(LocalDate.of(1999, 1, 1), LocalDate.of(1998, 2, 13));
    }

    @Test
    void fallsBackToTheSamplesWithTheirSidecarDatesWhenTheSharedFolderIsAbsent(@TempDir Path nowhere) throws IOException {
        List<SourceText> texts = SourceTexts.load(nowhere.resolve("missing"), Path.of("samples"));

        assertThat(texts).hasSize(4);
        assertThat(texts.get(0).published()).isEqualTo(LocalDate.of(2016, 10, 23));
        assertThat(texts).allSatisfy(t -> assertThat(t.text()).isNotBlank());
    }

    @Test
    void noSourceAtAllIsAClearError(@TempDir Path nowhere) {
        assertThatThrownBy(() -> SourceTexts.load(nowhere, nowhere.resolve("samples")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("samples").hasMessageContaining("no TempEval data");
    }
}
