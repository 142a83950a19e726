package org.spyglass.ios.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spyglass.core.ExitCode;
import org.spyglass.core.SpyglassException;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.testing.ArchiveBuilder;
import org.spyglass.core.source.SourceKind;
import org.spyglass.ios.testing.DumpBuilder;

class FilesystemDumpSourceTest {
    private static final String SMS = "/private/var/mobile/Library/SMS/sms.db";
    private static final Instant OLD = Instant.parse("2020-01-02T03:04:05Z");

    @TempDir
    Path dir;

    @Test
    void mapsDumpPathsToDevicePathsAndAcceptsBothSpellingsOfVar() throws Exception {
        Path root = DumpBuilder.in(dir.resolve("dump")).file(SMS, "x").build();

        try (FilesystemDumpSource source = FilesystemDumpSource.open(root)) {
            assertThat(source.kind()).isEqualTo(SourceKind.IOS_FILESYSTEM);
            assertThat(source.file(SMS)).contains(new EvidenceFile(SMS, null, null, null));
            assertThat(source.file("/var/mobile/Library/SMS/sms.db")).contains(new EvidenceFile(SMS, null, null,
                    null));
            assertThat(source.file("/private/var/mobile/Library/SMS")).isEmpty();
            assertThat(read(source, SMS)).isEqualTo("x");
        }
    }

    @Test
    void opensADumpWrappedInOneFolder() throws Exception {
        DumpBuilder.in(dir.resolve("case/iPhone-dump")).file(SMS, "x").build();
        Files.writeString(dir.resolve("case/.DS_Store"), "finder");

        try (FilesystemDumpSource source = FilesystemDumpSource.open(dir.resolve("case"))) {
            assertThat(source.root()).isEqualTo(dir.resolve("case/iPhone-dump").toRealPath());
            assertThat(source.file(SMS)).isPresent();
        }
    }

    @Test
    void readsADumpThatSpellsPrivateVarAsVar() throws Exception {
        write(dir.resolve("dump/var/mobile/Library/SMS/sms.db"), "x");

        try (FilesystemDumpSource source = FilesystemDumpSource.open(dir.resolve("dump"))) {
            assertThat(source.file(SMS)).isPresent();
            assertThat(source.find("/private/var/mobile/Library/*/sms.db")).extracting(EvidenceFile::devicePath)
                    .containsExactly(SMS);
            assertThat(files(source)).containsExactly(SMS);
            assertThat(read(source, SMS)).isEqualTo("x");
        }
    }

    @Test
    void readsThePrivateCopyWhenBothSpellingsHoldTheSameFile() throws Exception {
        Path root = DumpBuilder.in(dir.resolve("dump")).file(SMS, "private").build();
        write(root.resolve("var/mobile/Library/SMS/sms.db"), "other");
        write(root.resolve("var/mobile/only-here.txt"), "y");

        try (FilesystemDumpSource source = FilesystemDumpSource.open(root)) {
            assertThat(read(source, SMS)).isEqualTo("private");
            assertThat(files(source)).containsExactly(SMS, "/private/var/mobile/only-here.txt");
            assertThat(source.find("/private/var/mobile/**")).extracting(EvidenceFile::devicePath)
                    .containsExactly(SMS, "/private/var/mobile/only-here.txt");
        }
    }

    @Test
    void findsByGlobWithStarsWithinAndDoubleStarsAcrossComponents() throws Exception {
        String app = "/private/var/mobile/Containers/Data/Application/";
        Path root = DumpBuilder.in(dir.resolve("dump"))
                .file(app + "AAAA/Library/Safari/History.db", "a")
                .file(app + "BBBB/Library/Safari/History.db", "b")
                .file(app + "CCCC/Library/Other/History.db", "c")
                .file("/private/var/db/analyticsd/Analytics-Journal-1.ips", "j")
                .file("/private/var/db/analyticsd/Other-1.ips", "o")
                .file("/private/var/wireless/Library/Caches/com.apple.coretelephony/Cache.db", "t")
                .file("/private/var/mobile/Library/Caches/x/y/Cache.db", "m")
                .build();

        try (FilesystemDumpSource source = FilesystemDumpSource.open(root)) {
            assertThat(paths(source.find(app + "*/Library/Safari/History.db")))
                    .containsExactly(app + "AAAA/Library/Safari/History.db", app + "BBBB/Library/Safari/History.db");
            assertThat(paths(source.find("/var/db/analyticsd/Analytics-Journal-*.ips")))
                    .containsExactly("/private/var/db/analyticsd/Analytics-Journal-1.ips");
            assertThat(paths(source.find("/**/Cache.db"))).containsExactly(
                    "/private/var/mobile/Library/Caches/x/y/Cache.db",
                    "/private/var/wireless/Library/Caches/com.apple.coretelephony/Cache.db");
            assertThat(source.find("/private/var/nothing/*/x")).isEmpty();
        }
    }

    @Test
    void listsTheEntriesDirectlyInsideEveryMatchingFolder() throws Exception {
        String app = "/private/var/mobile/Containers/Data/Application/";
        Path root = DumpBuilder.in(dir.resolve("dump"))
                .file(app + "AAAA/Library/LocalStorage/https_a.example.com_0.localstorage", "a", OLD)
                .file(app + "BBBB/Library/LocalStorage/site/deep.txt", "b")
                .file(app + "CCCC/Library/Other/x", "c").build();

        try (FilesystemDumpSource source = FilesystemDumpSource.open(root)) {
            assertThat(source.list("/var/mobile/Containers/Data/Application/*/Library/LocalStorage"))
                    .extracting(DumpEntry::devicePath, DumpEntry::type).containsExactly(
                            tuple(app + "AAAA/Library/LocalStorage/https_a.example.com_0.localstorage",
                                    DumpEntry.Type.FILE),
                            tuple(app + "BBBB/Library/LocalStorage/site", DumpEntry.Type.DIRECTORY));
            assertThat(source.list(app + "AAAA/Library/LocalStorage").get(0).modified()).isEqualTo(OLD);
            assertThat(source.list("/private/var/nothing/*")).isEmpty();
        }
    }

    @Test
    void neverFollowsALinkOutOfTheDump() throws Exception {
        Path root = DumpBuilder.in(dir.resolve("dump")).file(SMS, "x").build();
        Path secret = write(dir.resolve("outside/secret.txt"), "secret");
        Files.createSymbolicLink(root.resolve("private/var/mobile/secret.txt"), secret);
        Files.createSymbolicLink(root.resolve("private/var/mobile/outside"), secret.getParent());

        try (FilesystemDumpSource source = FilesystemDumpSource.open(root)) {
            assertThat(source.file("/private/var/mobile/secret.txt")).isEmpty();
            assertThat(source.find("/private/var/mobile/*/secret.txt")).isEmpty();
            assertThat(files(source)).containsExactly(SMS);
            List<DumpEntry> entries = entries(source);
            assertThat(entries).filteredOn(entry -> entry.type() == DumpEntry.Type.LINK)
                    .extracting(DumpEntry::devicePath)
                    .containsExactly("/private/var/mobile/outside", "/private/var/mobile/secret.txt");
        }
    }

    @Test
    void walksEveryEntryInPathOrderEachFolderBeforeItsContentWithItsTime() throws Exception {
        Path root = DumpBuilder.in(dir.resolve("dump"))
                .file("/private/var/b.txt", "bb", OLD)
                .file("/private/var/a/z.txt", "z")
                .folder("/private/var/a", OLD)
                .build();

        try (FilesystemDumpSource source = FilesystemDumpSource.open(root)) {
            List<DumpEntry> entries = entries(source);
            assertThat(entries).extracting(DumpEntry::devicePath, DumpEntry::type).containsExactly(
                    tuple("/private", DumpEntry.Type.DIRECTORY), tuple("/private/var", DumpEntry.Type.DIRECTORY),
                    tuple("/private/var/a", DumpEntry.Type.DIRECTORY), tuple("/private/var/a/z.txt",
                            DumpEntry.Type.FILE), tuple("/private/var/b.txt", DumpEntry.Type.FILE));
            assertThat(entries.get(2).modified()).isEqualTo(OLD);
            assertThat(entries.get(3)).isEqualTo(new DumpEntry("/private/var/a/z.txt", DumpEntry.Type.FILE,
                    DumpBuilder.MODIFIED, 1));
            assertThat(entries.get(4)).isEqualTo(new DumpEntry("/private/var/b.txt", DumpEntry.Type.FILE, OLD, 2));
        }
    }

    @Test
    void takesTheIosVersionFromSystemVersionPlist() throws Exception {
        Path root = DumpBuilder.in(dir.resolve("dump")).systemVersion("14.6", "18F72").build();

        try (FilesystemDumpSource source = FilesystemDumpSource.open(root)) {
            assertThat(source.deviceInfo()).containsEntry("ios_version", "14.6")
                    .containsEntry("build_version", "18F72").containsEntry("product_name", "iPhone OS")
                    .containsEntry("dump_root", root.toRealPath().toString());
        }
    }

    @Test
    void refusesAFolderThatIsNotADumpSayingWhatToPointTo() throws Exception {
        Path photos = write(dir.resolve("photos/IMG_0001.jpg"), "jpeg").getParent();

        assertThatThrownBy(() -> FilesystemDumpSource.open(photos)).isInstanceOfSatisfying(SpyglassException.class,
                e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
                    assertThat(e.getMessage()).contains("does not look like an iOS filesystem dump")
                            .contains("private/var");
                });
    }

    @Test
    void refusesAFileThatIsNoArchiveInOneSentence() throws Exception {
        Path notes = write(dir.resolve("dump.tar"), "not an archive");

        assertThatThrownBy(() -> FilesystemDumpSource.open(notes)).isInstanceOfSatisfying(SpyglassException.class,
                e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
                    assertThat(e.getMessage()).contains("neither a folder nor a zip, tar or tar.gz archive");
                });
    }

    @Test
    void refusesAnArchiveThatHoldsNoDumpAndRemovesItsExtraction() throws Exception {
        Path archive = ArchiveBuilder.create().file("photos/IMG_0001.jpg", "jpeg").writeZip(dir.resolve("p.zip"));

        assertThatThrownBy(() -> FilesystemDumpSource.open(archive)).isInstanceOfSatisfying(SpyglassException.class,
                e -> assertThat(e.getMessage()).contains("does not look like an archive of an iOS filesystem dump"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tar.gz", "zip", "tar"})
    void readsAnArchiveOfADumpAsTheDumpAndHashesItsMembersUnderTheArchiveName(String format) throws Exception {
        Path root = DumpBuilder.in(dir.resolve("dump")).file(SMS, "messages").build();
        ArchiveBuilder members = DumpBuilder.archive(root, "iPhone-dump");
        Path archive = switch (format) {
            case "zip" -> members.writeZip(dir.resolve("dump.zip"));
            case "tar" -> members.writeTar(dir.resolve("dump.tar"));
            default -> members.writeTarGz(dir.resolve("dump.tar.gz"));
        };
        byte[] before = Files.readAllBytes(archive);
        Path extraction;

        try (FilesystemDumpSource source = FilesystemDumpSource.open(archive)) {
            assertThat(source.root()).isEqualTo(archive.toRealPath());
            assertThat(source.kind()).isEqualTo(SourceKind.IOS_FILESYSTEM);
            assertThat(source.warnings()).isEmpty();
            EvidenceFile sms = source.file(SMS).orElseThrow();
            try (InputStream in = source.open(sms)) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("messages");
            }
            assertThat(source.find("/private/var/mobile/**/*.db")).extracting(EvidenceFile::devicePath)
                    .containsExactly(SMS);
            assertThat(source.hashes()).containsKeys(archive.toRealPath().toString(),
                    archive.toRealPath() + "!/iPhone-dump/private/var/mobile/Library/SMS/sms.db");
            extraction = source.sqliteCopy(sms);
            assertThat(extraction).exists();
        }

        assertThat(extraction).doesNotExist();
        assertThat(Files.readAllBytes(archive)).isEqualTo(before);
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("dump",
                    archive.getFileName().toString());
        }
    }

    @Test
    void refusesHostileMembersWithAWarningAndReadsTheRest() throws Exception {
        Path root = DumpBuilder.in(dir.resolve("dump")).file(SMS, "messages").build();
        Path archive = DumpBuilder.archive(root, "").file("../escaped.txt", "x")
                .symlink("private/var/mobile/passwd", "/etc/passwd").writeTarGz(dir.resolve("dump.tar.gz"));

        try (FilesystemDumpSource source = FilesystemDumpSource.open(archive)) {
            assertThat(source.file(SMS)).isPresent();
            assertThat(source.file("/private/var/mobile/passwd")).isEmpty();
            assertThat(source.warnings()).hasSize(2).allSatisfy(w -> assertThat(w.module()).isEqualTo("evidence"))
                    .anySatisfy(w -> assertThat(w.message()).contains("../escaped.txt"))
                    .anySatisfy(w -> assertThat(w.message()).contains("private/var/mobile/passwd"));
        }
        assertThat(dir.resolve("escaped.txt")).doesNotExist();
    }

    @Test
    void reportsAnUnreadableFolderAfterVisitingEveryOtherFile() throws Exception {
        Path root = DumpBuilder.in(dir.resolve("dump")).file(SMS, "x").file("/private/var/locked/x", "y").build();
        Path locked = root.resolve("private/var/locked");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(locked), "running as a user who reads everything");
            try (FilesystemDumpSource source = FilesystemDumpSource.open(root)) {
                List<String> seen = new ArrayList<>();
                assertThatThrownBy(() -> source.forEachFile(file -> seen.add(file.devicePath())))
                        .isInstanceOf(IOException.class).hasMessageContaining("/private/var/locked");
                assertThat(seen).containsExactly(SMS);
            }
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private static Path write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private static String read(FilesystemDumpSource source, String devicePath) throws IOException {
        try (InputStream in = source.open(source.file(devicePath).orElseThrow())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> files(FilesystemDumpSource source) throws IOException {
        List<String> paths = new ArrayList<>();
        source.forEachFile(file -> paths.add(file.devicePath()));
        return paths;
    }

    private static List<String> paths(List<EvidenceFile> files) {
        return files.stream().map(EvidenceFile::devicePath).toList();
    }

    private static List<DumpEntry> entries(FilesystemDumpSource source) {
        List<DumpEntry> entries = new ArrayList<>();
        source.walk(entries::add, (path, e) -> {
            throw new AssertionError(path, e);
        }, () -> false);
        return entries;
    }
}
