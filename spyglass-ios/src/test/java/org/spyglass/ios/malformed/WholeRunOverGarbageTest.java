package org.spyglass.ios.malformed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.spyglass.core.source.SourceKind;
import org.spyglass.core.testing.WholeRunCorpus;

/**
 * The real run engine with every iOS module of a kind of evidence, over a folder where every artifact is garbage:
 * every module ends (ran or absent, never failed), the summary and outputs are whole, and warnings name the files.
 */
class WholeRunOverGarbageTest {
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = SourceKind.class, names = {"IOS_BACKUP", "IOS_FILESYSTEM", "IOS_SYSDIAGNOSE"})
    void everyModuleEndsAndWarnsWhenEveryArtifactIsGarbage(SourceKind kind, @TempDir Path evidence,
                                                          @TempDir Path output) throws IOException {
        assertThat(WholeRunCorpus.problems(kind, Path.of("src/test/resources"), evidence, output)).isEmpty();
    }
}
