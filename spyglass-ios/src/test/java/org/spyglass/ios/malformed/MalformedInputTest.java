package org.spyglass.ios.malformed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.spyglass.core.source.SourceKind;
import org.spyglass.core.testing.CorpusRun;
import org.spyglass.core.testing.MalformedCorpus.Item;

/** Every registered iOS module over every malformed input, in each of the files it reads. */
class MalformedInputTest {

    static Stream<Arguments> cases() throws IOException {
        return CorpusRun.cases(List.of(SourceKind.IOS_FILESYSTEM, SourceKind.IOS_BACKUP, SourceKind.IOS_SYSDIAGNOSE),
                Path.of("src/test/resources"));
    }

    @ParameterizedTest(name = "{0} over {1} as {2}")
    @MethodSource("cases")
    void turnsMalformedInputIntoWarningsNamingTheFile(String module, Item item, SourceKind kind,
                                                       @TempDir Path folder)
            throws IOException {
        assertThat(CorpusRun.problems(module, item, kind, folder)).isEmpty();
    }
}
