package org.spyglass.core.archive;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Any bytes given as an archive are extracted within bounds, or refused with an {@link IOException}; damage inside
 * an archive comes back in the report, and nothing is written outside the target folder.
 */
class SafeExtractorFuzzTest {
    private static final Limits SMALL = new Limits(8 << 20, 200, 100, 1 << 20);

    @FuzzTest(maxDuration = "2m")
    void extractsAnyArchiveWithinItsFolder(byte[] bytes) throws IOException {
        Path work = Files.createTempDirectory("spyglass-fuzz-");
        try {
            Path archive = Files.write(work.resolve("input.bin"), bytes);
            Path into = Files.createDirectory(work.resolve("into"));
            try {
                SafeExtractor.extract(archive, into, SMALL);
            } catch (IOException refused) {
                // Not an archive, or not openable: the expected refusal.
            }
            try (Stream<Path> top = Files.list(work)) {
                assertThat(top.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("input.bin", "into");
            }
        } finally {
            try (Stream<Path> all = Files.walk(work)) {
                for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
