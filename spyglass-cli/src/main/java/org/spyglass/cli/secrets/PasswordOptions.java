package org.spyglass.cli.secrets;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where the password of an encrypted backup (iOS or Android) comes from, besides the environment
 * ({@link BackupPasswords#ENV}, {@link BackupPasswords#MVT_ENV}, {@link BackupPasswords#ANDROID_ENV},
 * {@link BackupPasswords#ANDROID_MVT_ENV}) and the masked prompt.
 */
public final class PasswordOptions {
    /** The option names whose values are secrets, redacted from the recorded command line. */
    public static final String SHORT_PASSWORD = "-p";
    public static final String LONG_PASSWORD = "--password";

    @Option(names = {SHORT_PASSWORD, LONG_PASSWORD}, paramLabel = "PASSWORD", arity = "1",
            description = "The backup password. It shows in the process list and the shell history: prefer the "
                    + "prompt, --password-file or the SPYGLASS_..._BACKUP_PASSWORD environment variable.")
    char[] password;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Read the backup password from FILE (UTF-8; one trailing newline is ignored).")
    Path passwordFile;
}
