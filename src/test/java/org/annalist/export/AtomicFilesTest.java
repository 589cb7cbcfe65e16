package org.annalist.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void aFailedWriteLeavesTheOldFileAndNoLitter() throws Exception {
        Path target = dir.resolve("events.csv");
        Files.writeString(target, "old");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(Files.readString(target)).isEqualTo("old");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aSuccessfulWriteReplacesTheFileWhole() throws Exception {
        Path target = dir.resolve("sub/out.json");
        AtomicFiles.createFolders(target); // no folder is created unless asked
        AtomicFiles.write(target, out -> out.write("{}".getBytes(StandardCharsets.UTF_8)));
        AtomicFiles.write(target, out -> out.write("[1]".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(target)).isEqualTo("[1]");
    }
}
