package org.spyglass.ios.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.SpyglassException;
import org.spyglass.core.progress.WorkProgress;
import org.spyglass.ios.backup.crypto.BackupKey;
import org.spyglass.ios.testing.BackupBuilder;

class DecryptedCopyTest {
    private static final String PASSWORD = "correct horse";

    @TempDir
    Path dir;

    private final List<String> events = new CopyOnWriteArrayList<>();

    private final DecryptedCopy.Listener listener = new DecryptedCopy.Listener() {
        @Override
        public void progress(WorkProgress progress) {
            events.add(progress.files() + "/" + progress.totalFiles());
        }

        @Override
        public void warning(String message) {
            events.add("warning " + message);
        }
    };

    private static BackupSource open(Path backup) throws Exception {
        return BackupSource.open(backup, (folder, keybag) -> BackupKey.derive(keybag,
                PASSWORD.getBytes(StandardCharsets.UTF_8)));
    }

    private Path backup(BackupBuilder builder) throws Exception {
        return builder.file("HomeDomain", "a", bytes("first")).file("HomeDomain", "b", bytes("second"))
                .missingFile("HomeDomain", "c").build();
    }

    @Test
    void writesEveryFileThePlistsAndManifestDbReadableAsAPlainBackup() throws Exception {
        Path backup = backup(BackupBuilder.in(dir.resolve("evidence")).encryptedWith(PASSWORD));

        DecryptedCopy.Result result;
        try (BackupSource source = open(backup)) {
            result = DecryptedCopy.write(source, dir.resolve("plain"), 2, listener, () -> false);
        }

        assertThat(result).isEqualTo(new DecryptedCopy.Result(2, 1, 0, false));
        assertThat(events).containsExactlyInAnyOrder("0/3", "1/3", "2/3", "3/3").startsWith("0/3");
        assertThat(Files.readAllBytes(dir.resolve("plain/Manifest.plist")))
                .isEqualTo(Files.readAllBytes(backup.resolve("Manifest.plist")));
        try (BackupSource plain = BackupSource.open(dir.resolve("plain"))) {
            assertThat(plain.encrypted()).isFalse();
            try (var in = plain.open(plain.file("HomeDomain", "b").orElseThrow())) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("second");
            }
        }
    }

    @Test
    void stopsStartingFilesOnceCancelledAndSaysItWasInterrupted() throws Exception {
        Path backup = backup(BackupBuilder.in(dir.resolve("evidence")).encryptedWith(PASSWORD));

        try (BackupSource source = open(backup)) {
            assertThat(DecryptedCopy.write(source, dir.resolve("plain"), 1, listener, () -> true))
                    .isEqualTo(new DecryptedCopy.Result(0, 0, 0, true));
        }
        assertThat(events).as("only the start is reported").containsExactly("0/3");
    }

    @Test
    void refusesAPlainBackup() throws Exception {
        Path backup = backup(BackupBuilder.in(dir.resolve("evidence")));

        try (BackupSource source = open(backup)) {
            assertThatThrownBy(() -> DecryptedCopy.write(source, dir.resolve("plain"), 1, listener, () -> false))
                    .isInstanceOf(SpyglassException.class).hasMessageContaining("is not encrypted");
        }
        assertThat(dir.resolve("plain")).doesNotExist();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
