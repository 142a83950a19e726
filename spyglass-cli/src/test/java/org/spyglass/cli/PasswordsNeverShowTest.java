package org.spyglass.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spyglass.ios.testing.BackupBuilder.smsHandle;
import static org.spyglass.ios.testing.BackupBuilder.smsMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.spyglass.android.testing.AndroidBackupBuilder;
import org.spyglass.cli.secrets.BackupPasswords;
import org.spyglass.core.ExitCode;
import org.spyglass.ios.testing.BackupBuilder;

/**
 * Every command that takes a backup password, with the password from each source it accepts, right and wrong: the
 * password, and the hex of its UTF-8 bytes, are in nothing printed (stdout, stderr, error messages) and in no file
 * the run leaves (results, {@code command.log}, the decrypted twin, the key file).
 */
class PasswordsNeverShowTest {
    private static final String RIGHT = "Pässwörd-Ω-7f3a";
    private static final String WRONG = "wröng-Passwort-🔑";
    private static final Instant WHEN = Instant.parse("2019-07-05T14:03:27Z");

    @TempDir
    Path dir;

    enum Command {
        IOS_CHECK_BACKUP, IOS_DECRYPT_BACKUP, IOS_EXTRACT_KEY, ANDROID_CHECK_BACKUP;

        boolean android() {
            return this == ANDROID_CHECK_BACKUP;
        }
    }

    enum From { OPTION, FILE, ENVIRONMENT, MVT_ENVIRONMENT }

    static Stream<Arguments> everyCommandSourceAndPassword() {
        List<Arguments> all = new ArrayList<>();
        for (Command command : Command.values()) {
            for (From from : From.values()) {
                for (boolean right : new boolean[] {true, false}) {
                    all.add(Arguments.of(command, from, right));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} with the password from {1}, right: {2}")
    @MethodSource("everyCommandSourceAndPassword")
    void neitherTheRightNorAWrongPasswordShowsAnywhere(Command command, From from, boolean right) throws Exception {
        String password = right ? RIGHT : WRONG;
        Path evidence = evidence(command);
        Path passwordFile = Files.writeString(Files.createDirectories(dir.resolve("secret")).resolve("password.txt"),
                password + "\n", StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(arguments(command, evidence));
        if (from == From.OPTION) {
            args.addAll(List.of("-p", password));
        } else if (from == From.FILE) {
            args.addAll(List.of("--password-file", passwordFile.toString()));
        }

        CliRun run = switch (from) {
            case OPTION, FILE -> CliRun.of(args.toArray(String[]::new));
            case ENVIRONMENT, MVT_ENVIRONMENT -> ChildCli.run(dir.resolve("child"),
                    Map.of(variable(command, from), password), args.toArray(String[]::new));
        };

        if (right) {
            assertThat(run.exitCode()).as(run.err())
                    .isIn(ExitCode.COMPLETED.code(), ExitCode.ALERTS.code());
        } else {
            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.INPUT_ERROR.code());
        }
        assertAbsent(password, "stdout and stderr", (run.out() + run.err()).getBytes(StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.equals(passwordFile)).toList()) {
                assertAbsent(password, file.toString(), Files.readAllBytes(file));
            }
        }
    }

    private Path evidence(Command command) throws IOException {
        Path parent = Files.createDirectories(dir.resolve("evidence"));
        if (command.android()) {
            return AndroidBackupBuilder.in(parent).sms(List.of(AndroidBackupBuilder.sms("+15550142", "hello",
                    WHEN.toEpochMilli(), WHEN.toEpochMilli(), 1))).writeEncryptedAb("backup.ab", RIGHT);
        }
        return BackupBuilder.in(parent)
                .smsDbWithWal(smsHandle(1, "+15550142") + smsMessage(1, 1, "hello", false, WHEN, null),
                        smsMessage(2, 1, "https://accountcanceled.com/x", false, WHEN, null))
                .encryptedWith(RIGHT).build();
    }

    private List<String> arguments(Command command, Path evidence) {
        String out = dir.resolve("out").toString();
        return switch (command) {
            case IOS_CHECK_BACKUP -> List.of("ios", "check-backup", evidence.toString(), "-o", out);
            case IOS_DECRYPT_BACKUP -> List.of("ios", "decrypt-backup", evidence.toString(), "-d", out);
            case IOS_EXTRACT_KEY -> List.of("ios", "extract-key", evidence.toString(), "-k",
                    dir.resolve("backup.key").toString());
            case ANDROID_CHECK_BACKUP -> List.of("android", "check-backup", evidence.toString(), "-o", out);
        };
    }

    private static String variable(Command command, From from) {
        if (command.android()) {
            return from == From.ENVIRONMENT ? BackupPasswords.ANDROID_ENV : BackupPasswords.ANDROID_MVT_ENV;
        }
        return from == From.ENVIRONMENT ? BackupPasswords.ENV : BackupPasswords.MVT_ENV;
    }

    /** Neither the password's UTF-8 bytes, nor their hex in either case, are in {@code content}. */
    private static void assertAbsent(String password, String where, byte[] content) {
        byte[] bytes = password.getBytes(StandardCharsets.UTF_8);
        String hex = HexFormat.of().formatHex(bytes);
        assertThat(contains(content, bytes)).as("the password in " + where).isFalse();
        assertThat(new String(content, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT))
                .as("the password's hex in " + where).doesNotContain(hex);
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return true;
            }
        }
        return false;
    }
}
