package org.spyglass.core.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.module.ProcessSighting;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.time.Times;

class RunOutputsTest {
    private static final Instant T = Instant.parse("2024-03-02T10:15:30.123456789Z");

    @TempDir
    Path dir;

    private record Visit(String host) {
    }

    /** A run of two modules whose timelines overlap, one row twice. */
    private Path run(TimelineSink.Opener sink) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("out"));
        Path spool = Files.createDirectory(dir.resolve("spool"));
        try (RunOutputs outputs = new RunOutputs(folder, spool, false, false, 2, Clock.systemUTC())) {
            try (ModuleFiles sms = outputs.module("sms"); ModuleFiles safari = outputs.module("safari")) {
                sms.record(new Visit("a"));
                sms.timeline(new TimelineEvent(T.plusSeconds(3), "sms", "sms_received", "caf\u00e9 \"x\", y"));
                sms.timeline(new TimelineEvent(T, "sms", "sms_sent", "first"));
                sms.timeline(new TimelineEvent(T, "sms", "sms_sent", "first"));
                safari.record(new Visit("b"));
                safari.timeline(new TimelineEvent(T.plusSeconds(1), "safari", "visit", "\ud83d\ude00"));
                safari.timeline(new TimelineEvent(T, "safari", "visit", "same time"));
            }
            outputs.finish(List.of("sms", "safari"), sink);
        }
        return folder;
    }

    @Test
    void sendsTheSinkEveryRowOfTimelineCsvInItsOrderThenEnds() throws IOException {
        List<String> received = new ArrayList<>();
        Path folder = run(results -> new TimelineSink() {
            @Override
            public void row(Row row) {
                received.add(String.join("|", Times.mvt(Instant.ofEpochSecond(row.epochSecond(), row.nano())),
                        new String(row.module(), StandardCharsets.UTF_8),
                        new String(row.text(), row.eventOffset(), row.eventLength(), StandardCharsets.UTF_8),
                        new String(row.text(), row.descriptionOffset(), row.descriptionLength(),
                                StandardCharsets.UTF_8)));
            }

            @Override
            public void end() {
                received.add("end");
            }
        });

        List<String> csv = Files.readAllLines(folder.resolve(RunOutputs.TIMELINE), StandardCharsets.UTF_8);
        assertThat(csv).hasSize(5);
        assertThat(received).hasSize(5).endsWith("end");
        assertThat(csv.subList(1, csv.size())).containsExactlyElementsOf(received.subList(0, 4).stream()
                .map(row -> "\"" + row.replace("\"", "\"\"").replace("|", "\",\"") + "\"")
                .collect(Collectors.toList()));
        assertThat(received.get(0)).isEqualTo("2024-03-02 10:15:30.123456|safari|visit|same time");
    }

    @Test
    void writesTimelineCsvWhateverTheSinkDoesAndLogsItsFailure() throws IOException {
        Path expected = run(null);
        byte[] timeline = Files.readAllBytes(expected.resolve(RunOutputs.TIMELINE));
        deleteTree(dir);
        List<String> ended = new ArrayList<>();

        Path folder = run(results -> new TimelineSink() {
            @Override
            public void row(Row row) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void end() {
                ended.add("end");
            }
        });

        assertThat(Files.readAllBytes(folder.resolve(RunOutputs.TIMELINE))).isEqualTo(timeline);
        assertThat(ended).isEmpty();
        assertThat(Files.readString(folder.resolve(RunOutputs.COMMAND_LOG), StandardCharsets.UTF_8))
                .contains("could not be passed on while written (disk full)");
    }

    @Test
    void deletesTheProcessSpillsOnceDrainedAndEverySpillOnceClosed() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("out"));
        Path spool = Files.createDirectory(dir.resolve("spool"));
        List<String> spilled;
        try (RunOutputs outputs = new RunOutputs(folder, spool, false, false, 2, Clock.systemUTC())) {
            try (ModuleFiles sms = outputs.module("sms")) {
                for (int i = 0; i < 9; i++) {
                    sms.record(new Visit("v" + i));
                    sms.timeline(new TimelineEvent(T.plusSeconds(9 - i), "sms", "sms_received", "row " + i));
                    outputs.process("sms", new ProcessSighting("p" + i % 3, "/bin/p", T.plusSeconds(i), "seen",
                            "sms.db"));
                }
            }
            spilled = spills(spool);
            outputs.finish(List.of("sms"));
            List<String> names = new ArrayList<>();
            outputs.drainProcesses(row -> names.add(row.name()));
            assertThat(names).hasSize(9);
            assertThat(spills(spool)).noneMatch(name -> name.startsWith("processes-"));
        }

        assertThat(spilled).anyMatch(name -> name.startsWith("timeline-"))
                .anyMatch(name -> name.startsWith("processes-"));
        assertThat(spills(spool)).isEmpty();
        assertThat(Files.readAllLines(folder.resolve(RunOutputs.TIMELINE), StandardCharsets.UTF_8)).hasSize(10);
    }

    private static List<String> spills(Path spool) throws IOException {
        try (var paths = Files.list(spool)) {
            return paths.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".spill"))
                    .toList();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!path.equals(root)) {
                    Files.delete(path);
                }
            }
        }
    }
}
