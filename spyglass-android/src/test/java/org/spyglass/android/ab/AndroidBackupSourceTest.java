package org.spyglass.android.ab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.spyglass.android.testing.AndroidBackupBuilder;
import org.spyglass.android.testing.AndroidBackupBuilder.Variant;
import org.spyglass.core.ExitCode;
import org.spyglass.core.SpyglassException;
import org.spyglass.core.source.DeviceGlob;
import org.spyglass.core.source.EvidenceFile;

class AndroidBackupSourceTest {
    private static final String PASSWORD = "hunter2-ü";
    private static final List<DeviceGlob> SMS = List.of(DeviceGlob.compile("/apps/*/d_f/*_sms_backup"));
    private static final byte[] CONTENT = "sms payload".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private AndroidBackupBuilder backup() {
        return AndroidBackupBuilder.in(dir).member(AndroidBackupBuilder.SMS_MEMBER, CONTENT)
                .member("apps/com.example/f/notes.txt", "not wanted".getBytes(StandardCharsets.UTF_8));
    }

    private static AbReader.PasswordSupplier password(String password, AtomicInteger asked) {
        return header -> {
            asked.incrementAndGet();
            return password.getBytes(StandardCharsets.UTF_8);
        };
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void readsOnlyTheWantedMembersOfEveryVariant(Variant variant) throws Exception {
        Path ab = variant == Variant.ENCRYPTED ? backup().writeEncryptedAb("backup.ab", PASSWORD)
                : backup().writeAb("backup.ab", variant);
        AtomicInteger asked = new AtomicInteger();
        Path scratch;
        try (AndroidBackupSource source = AndroidBackupSource.open(ab, password(PASSWORD, asked), SMS)) {
            assertThat(source.find("/apps/**")).extracting(EvidenceFile::devicePath)
                    .containsExactly("/" + AndroidBackupBuilder.SMS_MEMBER);
            try (InputStream in = source.open(source.file("/" + AndroidBackupBuilder.SMS_MEMBER).orElseThrow())) {
                assertThat(in.readAllBytes()).isEqualTo(CONTENT);
            }
            assertThat(source.warnings()).isEmpty();
            assertThat(source.deviceInfo()).containsEntry("backup_encrypted",
                    Boolean.toString(variant == Variant.ENCRYPTED));
            assertThat(source.hashes()).containsKey(ab.toRealPath().toString())
                    .containsKey(ab.toRealPath() + "!/" + AndroidBackupBuilder.SMS_MEMBER);
            scratch = source.scratch();
        }
        assertThat(asked.get()).isEqualTo(variant == Variant.ENCRYPTED ? 1 : 0);
        assertThat(scratch).doesNotExist();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(ab);
        }
    }

    @Test
    void refusesAWrongPasswordInOneSentence() throws Exception {
        Path ab = backup().writeEncryptedAb("backup.ab", PASSWORD);
        assertThatThrownBy(() -> AndroidBackupSource.open(ab, password("hunter3", new AtomicInteger()), SMS))
                .isInstanceOfSatisfying(SpyglassException.class,
                        e -> assertThat(e.exitCode()).isEqualTo(ExitCode.INPUT_ERROR))
                .hasMessageStartingWith("The password does not open the encrypted Android backup")
                .hasMessageNotContaining("hunter");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ANDROID BACKUP\n", "ANDROID BACKUP\n5\n1\nAES-256\n00", "NOT A BACKUP\n5\n0\nnone\n",
        "ANDROID BACKUP\n9\n0\nnone\n", "ANDROID BACKUP\n5\n2\nnone\n", "ANDROID BACKUP\n5\n0\nRC4\n"})
    void refusesAnEmptyTruncatedOrForeignHeader(String header) throws Exception {
        Path ab = Files.write(dir.resolve("bad.ab"), header.getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> AndroidBackupSource.open(ab, password(PASSWORD, new AtomicInteger()), SMS))
                .isInstanceOfSatisfying(SpyglassException.class,
                        e -> assertThat(e.exitCode()).isEqualTo(ExitCode.INPUT_ERROR))
                .hasMessageContaining("bad.ab").hasMessageContaining("Android backup");
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void aTruncatedPayloadIsAWarningAndTheRunGoesOn(Variant variant) throws Exception {
        Path ab = variant == Variant.ENCRYPTED ? backup().writeEncryptedAb("backup.ab", PASSWORD)
                : backup().writeAb("backup.ab", variant);
        byte[] whole = Files.readAllBytes(ab);
        int header = headerLength(whole);
        Files.write(ab, Arrays.copyOf(whole, header + (whole.length - header) / 2));
        try (AndroidBackupSource source = AndroidBackupSource.open(ab, password(PASSWORD, new AtomicInteger()),
                SMS)) {
            assertThat(source.warnings()).singleElement()
                    .satisfies(w -> assertThat(w.message()).contains("ends early or is damaged"));
        }
    }

    private static int headerLength(byte[] ab) {
        int lines = new String(ab, 0, 30, StandardCharsets.US_ASCII).contains("AES-256") ? 9 : 4;
        int seen = 0;
        for (int i = 0; i < ab.length; i++) {
            if (ab[i] == '\n' && ++seen == lines) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no header");
    }

    @Test
    void opensAnExtractedFolderWithoutAskingForAPassword() throws IOException {
        Path folder = backup().writeFolder("extracted");
        try (AndroidBackupSource source = AndroidBackupSource.open(folder, header -> {
            throw new AssertionError("no password for a folder");
        }, SMS)) {
            assertThat(source.find("/apps/*/d_f/*_sms_backup")).hasSize(1);
            assertThat(source.file("/apps/com.example/f/notes.txt")).isPresent();
        }
    }

    @Test
    void refusesAFolderWithoutApps() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("empty"));
        assertThatThrownBy(() -> AndroidBackupSource.open(folder, h -> new byte[0], SMS))
                .isInstanceOf(SpyglassException.class).hasMessageContaining("no apps folder");
    }
}
