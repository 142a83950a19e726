package org.spyglass.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.ExitCode;
import org.spyglass.core.SpyglassException;

class ScratchTest {

    @Test
    void isOwnerOnlyAndDeletedWithEverythingInItOnClose(@TempDir Path evidence) throws Exception {
        Scratch scratch = Scratch.create(evidence.toRealPath());
        Path folder = scratch.path();
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        }
        Files.createDirectories(folder.resolve("a/b/c"));
        Files.writeString(folder.resolve("a/b/c/partial.db"), "half written");
        Files.writeString(folder.resolve("top"), "x");

        scratch.close();

        assertThat(folder).doesNotExist();
        assertThat(evidence).isEmptyDirectory();
    }

    @Test
    void closingTwiceIsHarmless() throws Exception {
        Scratch scratch = Scratch.create(null);
        scratch.close();
        scratch.close();
        assertThat(scratch.path()).doesNotExist();
    }

    @Test
    void refusesAScratchFolderInsideTheEvidence(@TempDir Path tmp) throws Exception {
        Path tmpRoot = Path.of(System.getProperty("java.io.tmpdir")).toRealPath();
        assertThatThrownBy(() -> Scratch.create(tmpRoot))
                .isInstanceOfSatisfying(SpyglassException.class,
                        e -> assertThat(e.exitCode()).isEqualTo(ExitCode.INPUT_ERROR))
                .hasMessageContaining("lies inside the evidence");
        assertThat(tmp).exists();
    }
}
