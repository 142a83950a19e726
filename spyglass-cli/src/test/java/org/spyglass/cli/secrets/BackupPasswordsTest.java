package org.spyglass.cli.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.ExitCode;
import org.spyglass.core.SpyglassException;
import org.spyglass.ios.backup.BackupSource;
import org.spyglass.ios.testing.BackupBuilder;
import org.spyglass.ios.testing.BackupEncryptor;

class BackupPasswordsTest {
    private static final String PASSWORD = "pässwörd🔒";

    @TempDir
    static Path dir;

    static Path backup;

    private final StringWriter terminal = new StringWriter();
    private final List<String> prompts = new ArrayList<>();

    @BeforeAll
    static void encryptedBackup() throws Exception {
        backup = BackupBuilder.in(dir).file("HomeDomain", "a.txt", "a".getBytes(StandardCharsets.UTF_8))
                .encryptedWith(PASSWORD).build();
    }

    private BackupPasswords passwords(PasswordOptions options, Path keyFile, Map<String, String> env,
                                      String typed) {
        PasswordPrompt prompt = typed == null ? null : text -> {
            prompts.add(text);
            return typed.toCharArray();
        };
        return new BackupPasswords(options, keyFile, env, prompt, new PrintWriter(terminal, true));
    }

    private static boolean opens(BackupPasswords passwords) throws Exception {
        try (BackupSource source = BackupSource.open(backup, passwords.keyProvider())) {
            return source.encrypted();
        }
    }

    @Test
    void takesThePasswordFromSpyglassVariableBeforeMvtsAndBeforeThePrompt() throws Exception {
        assertThat(opens(passwords(new PasswordOptions(), null,
                Map.of(BackupPasswords.ENV, PASSWORD, BackupPasswords.MVT_ENV, "wrong"), "wrong"))).isTrue();
        assertThat(terminal.toString()).contains("from SPYGLASS_IOS_BACKUP_PASSWORD").contains("Derived the key in")
                .doesNotContain(PASSWORD);
        assertThat(prompts).isEmpty();
    }

    @Test
    void takesThePasswordFromMvtsVariable() throws Exception {
        assertThat(opens(passwords(new PasswordOptions(), null, Map.of(BackupPasswords.MVT_ENV, PASSWORD), null)))
                .isTrue();
    }

    @Test
    void promptsOnTheTerminalWhenNoOtherSourceGivesAPassword() throws Exception {
        assertThat(opens(passwords(new PasswordOptions(), null, Map.of(), PASSWORD))).isTrue();
        assertThat(prompts).singleElement().asString().startsWith("Password of the encrypted backup ");
    }

    @Test
    void refusesWithAUsageErrorWhenThereIsNoPasswordAndNoTerminal() {
        assertThatThrownBy(() -> opens(passwords(new PasswordOptions(), null, Map.of(), null)))
                .isInstanceOfSatisfying(SpyglassException.class,
                        e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
                .hasMessageContaining("no password was given").hasMessageContaining("--password-file");
    }

    @Test
    void readsAPasswordFileWithoutItsTrailingNewlineAndWarnsAboutTheCommandLineOption() throws Exception {
        Path file = Files.writeString(dir.resolve("password.txt"), PASSWORD + "\r\n", StandardCharsets.UTF_8);
        PasswordOptions fromFile = new PasswordOptions();
        fromFile.passwordFile = file;
        PasswordOptions onCommandLine = new PasswordOptions();
        onCommandLine.password = PASSWORD.toCharArray();

        assertThat(opens(passwords(fromFile, null, Map.of(), null))).isTrue();
        assertThat(terminal.toString()).doesNotContain("warning");
        assertThat(opens(passwords(onCommandLine, null, Map.of(), null))).isTrue();
        assertThat(terminal.toString()).contains("warning: a password given with --password shows in the process "
                + "list");
    }

    @Test
    void refusesTwoExplicitSourcesAtOnce() {
        PasswordOptions both = new PasswordOptions();
        both.password = PASSWORD.toCharArray();
        both.passwordFile = dir.resolve("password.txt");

        assertThatThrownBy(() -> passwords(both, null, Map.of(), null)).isInstanceOfSatisfying(
                SpyglassException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE));
    }

    @Test
    void refusesAKeyFileThatDoesNotHoldAKeyWithoutShowingItsContent() throws Exception {
        Path keyFile = Files.writeString(dir.resolve("not-a-key.txt"), PASSWORD, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> opens(passwords(new PasswordOptions(), keyFile, Map.of(), null)))
                .isInstanceOfSatisfying(SpyglassException.class,
                        e -> assertThat(e.exitCode()).isEqualTo(ExitCode.INPUT_ERROR))
                .hasMessageContaining("does not hold a backup key").hasMessageNotContaining(PASSWORD);
    }

    @Test
    void refusesAnEmptyPassword() {
        assertThatThrownBy(() -> opens(passwords(new PasswordOptions(), null, Map.of(), "")))
                .isInstanceOf(SpyglassException.class).hasMessageContaining("empty");
    }

    @Test
    void encodesThePasswordAsUtf8WithoutAString() {
        assertThat(BackupPasswords.utf8(PASSWORD.toCharArray())).isEqualTo(PASSWORD.getBytes(StandardCharsets.UTF_8));
    }
}
