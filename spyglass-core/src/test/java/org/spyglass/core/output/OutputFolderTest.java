package org.spyglass.core.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.ExitCode;
import org.spyglass.core.SpyglassException;

class OutputFolderTest {
    @TempDir
    Path root;

    private static void assertRefused(Path output, Path evidence, ExitCode code) {
        assertThatThrownBy(() -> OutputFolder.prepare(output, List.of(evidence)))
                .isInstanceOfSatisfying(SpyglassException.class, e -> assertThat(e.exitCode()).isEqualTo(code));
    }

    @Test
    void createsAMissingFolderOutsideTheEvidence() throws IOException {
        Path evidence = Files.createDirectories(root.resolve("backup"));
        Path output = root.resolve("results/case-1");

        Path prepared = OutputFolder.prepare(output, List.of(evidence));

        assertThat(prepared).isDirectory().isEqualTo(output.toRealPath());
    }

    @Test
    void refusesAFolderInsideTheEvidenceAndCreatesNothing() throws IOException {
        Path evidence = Files.createDirectories(root.resolve("backup"));

        assertRefused(evidence.resolve("results/deep"), evidence, ExitCode.USAGE);
        assertRefused(evidence, evidence, ExitCode.USAGE);
        assertThat(evidence).isEmptyDirectory();
    }

    @Test
    void seesThroughLinksAndDotDotWhenComparing() throws IOException {
        Path evidence = Files.createDirectories(root.resolve("backup"));
        Path link = Files.createSymbolicLink(root.resolve("link"), evidence);

        assertRefused(link.resolve("results"), evidence, ExitCode.USAGE);
        assertRefused(root.resolve("other/../backup/results"), evidence, ExitCode.USAGE);
        assertThat(evidence).isEmptyDirectory();
    }

    @Test
    void acceptsAFolderBesideAnArchive() throws IOException {
        Path archive = Files.writeString(root.resolve("sysdiagnose.tar.gz"), "x");

        assertThat(OutputFolder.prepare(root.resolve("out"), List.of(archive))).isDirectory();
        assertRefused(archive, archive, ExitCode.USAGE);
    }

    @Test
    void reportsAFolderThatCannotBeCreatedAsOutputError() throws IOException {
        Path evidence = Files.createDirectories(root.resolve("backup"));
        Path file = Files.writeString(root.resolve("plain-file"), "x");

        assertRefused(file, evidence, ExitCode.OUTPUT_ERROR);
        assertRefused(file.resolve("sub"), evidence, ExitCode.OUTPUT_ERROR);
    }
}
