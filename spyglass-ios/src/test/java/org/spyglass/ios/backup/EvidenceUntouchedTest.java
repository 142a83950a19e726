package org.spyglass.ios.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spyglass.ios.testing.BackupBuilder.smsHandle;
import static org.spyglass.ios.testing.BackupBuilder.smsMessage;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.sqlite.EvidenceDatabase;
import org.spyglass.core.sqlite.Rows;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;
import org.spyglass.ios.datausage.DataUsageModule;
import org.spyglass.ios.sms.SmsModule;
import org.spyglass.ios.testing.BackupBuilder;

class EvidenceUntouchedTest {
    @TempDir
    Path dir;

    @Test
    void leavesTheBackupFolderByteIdenticalAfterReadingEveryFileAndDatabase() throws Exception {
        Instant when = Instant.parse("2019-07-05T14:03:27Z");
        Path backup = BackupBuilder.in(dir)
                .smsDbWithWal(smsHandle(1, "+15550142") + smsMessage(1, 1, "first", false, when, null),
                        smsMessage(2, 1, "https://accountcanceled.com/x", false, when, null))
                .dataUsage(BackupBuilder.DATAUSAGE_IOS14, BackupBuilder.process(1, "bh", null, when, when))
                .file("HomeDomain", "Library/Preferences/a.plist", "<plist/>".getBytes())
                .build();
        assertThat(Files.list(backup.resolve("3d")).count()).isEqualTo(1);
        Map<String, String> before = snapshot(backup);
        assertThat(before.keySet()).anyMatch(path -> path.endsWith("Manifest.db"));

        try (BackupSource source = BackupSource.open(backup)) {
            List<EvidenceFile> files = new ArrayList<>();
            source.forEachFile(files::add);
            assertThat(files).extracting(EvidenceFile::name).contains("sms.db", "sms.db-wal", "sms.db-shm");
            for (EvidenceFile file : files) {
                try (InputStream in = source.open(file)) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
                source.fileInfo(file);
                if (file.name().endsWith(".db") || file.name().endsWith(".sqlite")) {
                    try (EvidenceDatabase database = EvidenceDatabase.open(source.sqliteCopy(file));
                         Rows rows = database.query("SELECT count(*) AS n FROM sqlite_master")) {
                        rows.next();
                    }
                }
                source.localCopy(file);
            }
            Indicators indicators = TestIndicators.of().domain("accountcanceled.com", "Pegasus")
                    .process("bh", "Pegasus").build();
            assertThat(ModuleRun.run(new SmsModule(), source, indicators).records()).hasSize(2);
            assertThat(ModuleRun.run(new DataUsageModule(), source, indicators).alerts()).hasSize(1);
        }

        assertThat(snapshot(backup)).isEqualTo(before);
    }

    /** Path → type, size, SHA-256 and modification time of every file and folder under root, root included. */
    static Map<String, String> snapshot(Path root) throws Exception {
        Map<String, String> state = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.toList()) {
                String mtime = Files.getLastModifiedTime(path).toString();
                if (Files.isDirectory(path)) {
                    state.put(root.relativize(path) + "/", "dir " + mtime);
                } else {
                    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(Files.readAllBytes(path)));
                    state.put(root.relativize(path).toString(), Files.size(path) + " " + sha + " " + mtime);
                }
            }
        }
        return state;
    }
}
