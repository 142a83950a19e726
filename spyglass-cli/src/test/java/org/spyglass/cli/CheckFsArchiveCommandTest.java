package org.spyglass.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spyglass.ios.testing.BackupBuilder.live;
import static org.spyglass.ios.testing.BackupBuilder.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spyglass.core.ExitCode;
import org.spyglass.core.testing.ArchiveBuilder;
import org.spyglass.ios.testing.BackupBuilder;
import org.spyglass.ios.testing.DumpBuilder;

/**
 * {@code spyglass ios check-fs} on a tar.gz and on a zip of a dump, as a user runs it: the archive is extracted into
 * a private scratch folder, checked as the dump, and left byte for byte as it was; hostile members are refused with
 * a warning and the run goes on.
 */
class CheckFsArchiveCommandTest {
    private static final Instant DAY = Instant.parse("2021-07-14T02:00:00Z");

    @TempDir
    Path dir;

    /** The members of a small dump with two planted traces, under a top folder no other run shares. */
    private ArchiveBuilder dumpMembers(String top) throws IOException {
        Path root = DumpBuilder.in(dir.resolve("built")).file("/private/var/tmp/hooker", "x", DAY)
                .database("/private/var/networkd/db/netusage.sqlite",
                        BackupBuilder.schema(BackupBuilder.DATAUSAGE_IOS14) + process(1, "roleaccountd", null, DAY,
                                DAY) + live(5, 1, DAY.plusSeconds(30), 0, 0, 10, 10))
                .build();
        return DumpBuilder.archive(root, top);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tar.gz", "zip"})
    void checksAnArchiveOfADumpRefusingHostileMembersAndLeavesTheArchiveAndNoScratchBehind(String format)
            throws Exception {
        String top = "dump-" + Long.toHexString(System.nanoTime());
        ArchiveBuilder members = dumpMembers(top).file("../../escaped.txt", "pwned")
                .symlink(top + "/private/var/mobile/shadow", "/etc/passwd");
        Path evidence = Files.createDirectories(dir.resolve("evidence"));
        Path archive = format.equals("zip") ? members.writeZip(evidence.resolve(top + ".zip"))
                : members.writeTarGz(evidence.resolve(top + ".tar.gz"));
        byte[] before = Files.readAllBytes(archive);

        CliRun run = CliRun.of("ios", "check-fs", archive.toString(), "-o", dir.resolve("out").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.ALERTS.code());
        List<String> messages = json("out/alerts.json").findValuesAsText("message");
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("/private/var/tmp/hooker"))
                .anySatisfy(m -> assertThat(m).contains("netusage.sqlite: \"roleaccountd\""));
        assertThat(json("out/filesystem.json").findValuesAsText("path")).contains("/private/var/tmp/hooker")
                .noneSatisfy(p -> assertThat(p).contains("shadow"));
        JsonNode warnings = json("out/summary.json").at("/warnings/items");
        assertThat(warnings.findValuesAsText("module")).contains("evidence");
        assertThat(warnings.findValuesAsText("message")).anySatisfy(m -> assertThat(m).contains("escaped.txt"))
                .anySatisfy(m -> assertThat(m).contains("shadow"));
        assertThat(json("out/info.json").get("hashes").findValuesAsText("file_path"))
                .contains(archive.toRealPath().toString())
                .anySatisfy(p -> assertThat(p).isEqualTo(archive.toRealPath() + "!/" + top
                        + "/private/var/networkd/db/netusage.sqlite"));
        assertThat(Files.readAllBytes(archive)).isEqualTo(before);
        assertNothingEscaped("escaped.txt");
        assertThat(scratchFoldersOf(top)).isEmpty();
    }

    private JsonNode json(String file) throws IOException {
        return new ObjectMapper().readTree(dir.resolve(file).toFile());
    }

    /** Scratch folders still holding an extraction of the dump with this (unique) top folder. */
    private static List<Path> scratchFoldersOf(String top) throws IOException {
        try (Stream<Path> temp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return temp.filter(p -> p.getFileName().toString().startsWith("spyglass-"))
                    .filter(p -> Files.exists(p.resolve("extracted").resolve(top))).toList();
        }
    }

    /**
     * The escaping member landed nowhere it could have: not in the test's folder, nor in the temporary folder that
     * holds the scratch extraction, nor in its parent (without walking the whole shared temporary folder).
     */
    private void assertNothingEscaped(String name) throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        assertThat(tmp.resolve(name)).doesNotExist();
        if (tmp.getParent() != null) {
            assertThat(tmp.getParent().resolve(name)).doesNotExist();
        }
        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.filter(p -> p.getFileName().toString().equals(name)).toList()).isEmpty();
        }
    }
}
