package org.spyglass.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spyglass.ios.testing.BackupBuilder.process;
import static org.spyglass.ios.testing.BackupBuilder.smsHandle;
import static org.spyglass.ios.testing.BackupBuilder.smsMessage;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.spyglass.core.output.AtomicFile;
import org.spyglass.core.output.RunOutputs;
import org.spyglass.ios.testing.BackupBuilder;
import org.spyglass.report.ReportWriter;

/**
 * A check killed with SIGKILL at a random point (a seeded random delay after its output folder appears) leaves no half-written file under a final name: every result file
 * that has its final name parses whole; what was being written is a {@code .partial} file. Only {@code command.log},
 * append-only by design, may end in a cut line.
 */
class KilledRunTest {
    private static final long SEED = 0x5b1c9a55L;
    private static final Instant WHEN = Instant.parse("2021-07-14T02:00:00Z");
    private static final int MESSAGES = 20_000;
    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @TempDir
    static Path dir;
    static Path backup;

    @BeforeAll
    static void buildABackupThatTakesAWhileToWrite() throws Exception {
        StringBuilder rows = new StringBuilder(smsHandle(1, "+15550142"));
        for (int i = 1; i <= MESSAGES; i++) {
            rows.append(smsMessage(i, 1, "message " + i + " https://example.com/" + i, i % 2 == 0,
                    WHEN.plusSeconds(i), null));
        }
        backup = BackupBuilder.in(dir.resolve("evidence")).smsDb(BackupBuilder.SMS_IOS14, rows.toString())
                .dataUsage(BackupBuilder.DATAUSAGE_IOS14, process(1, "bh", null, WHEN, WHEN)).build();
    }

    static IntStream randomDelays() {
        return new Random(SEED).ints(6, 0, 3_000);
    }

    @ParameterizedTest(name = "killed {0} ms after it started writing")
    @MethodSource("randomDelays")
    void leavesEveryFinalNamedFileCompleteAndParseable(int delayMillis) throws Exception {
        Path out = dir.resolve("out-" + delayMillis);
        Process child = ChildCli.start(dir.resolve("logs-" + delayMillis), Map.of(), "ios", "check-backup",
                backup.toString(), "-o", out.toString());

        while (child.isAlive() && !Files.exists(out.resolve(RunOutputs.COMMAND_LOG))) {
            child.waitFor(20, TimeUnit.MILLISECONDS);
        }
        boolean ended = child.waitFor(delayMillis, TimeUnit.MILLISECONDS);
        child.destroyForcibly();
        child.waitFor();

        try (Stream<Path> files = Files.list(out)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(AtomicFile.PARTIAL_SUFFIX)) {
                    assertThat(ended).as("a run that ended left " + name).isFalse();
                } else if (name.endsWith(".json")) {
                    assertThat(STRICT.readTree(file.toFile())).as(name).isNotNull();
                } else if (name.endsWith(".csv")) {
                    assertCompleteCsv(file);
                } else if (name.endsWith(".jsonl")) {
                    assertCompleteJsonLines(file);
                } else if (name.equals(ReportWriter.FILE_NAME)) {
                    assertThat(file).content(StandardCharsets.UTF_8).as(name).endsWith("</html>\n");
                } else if (!name.equals(RunOutputs.COMMAND_LOG)) {
                    throw new AssertionError("unexpected result file " + name);
                }
            }
        }
    }

    /** Every line is one whole JSON object, the last one ended. */
    private static void assertCompleteJsonLines(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).as(file.toString()).satisfiesAnyOf(t -> assertThat(t).isEmpty(), t -> assertThat(t).endsWith("\n"));
        for (String line : text.lines().toList()) {
            assertThat(STRICT.readTree(line).isObject()).as(file + ": " + line).isTrue();
        }
    }

    /** Every row ends with CRLF outside quotes, and the quotes pair up. */
    private static void assertCompleteCsv(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).as(file.toString()).endsWith("\r\n");
        assertThat(text.chars().filter(c -> c == '"').count() % 2).as(file + ": unbalanced quotes").isZero();
    }
}
