package org.spyglass.cli.ios;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.spyglass.cli.check.CheckOptions;
import org.spyglass.cli.check.CheckRun;
import org.spyglass.cli.secrets.BackupPasswords;
import org.spyglass.cli.secrets.PasswordOptions;
import org.spyglass.cli.secrets.PasswordPrompt;
import org.spyglass.core.source.SourceKind;
import org.spyglass.ios.backup.BackupSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code spyglass ios check-backup BACKUP}. */
@Command(name = "check-backup", mixinStandardHelpOptions = true,
        description = {"Check an iTunes/Finder backup of an iPhone (a folder holding Manifest.db and Info.plist).",
            "The backup is only read; results go to the output folder. An encrypted backup is decrypted on the fly "
                    + "into a private temporary folder, removed at the end; its password is asked for (or taken "
                    + "from --password-file, " + BackupPasswords.ENV + ", " + BackupPasswords.MVT_ENV
                    + ", -p or --key-file)."})
public final class CheckBackupCommand implements Callable<Integer> {

    @Parameters(paramLabel = "BACKUP", description = "The backup folder (or its parent, when it holds one backup).")
    Path backup;

    @Mixin
    CheckOptions options;

    @Mixin
    PasswordOptions passwords;

    @Option(names = {"-k", "--key-file"}, paramLabel = "FILE",
            description = "Open an encrypted backup with the key in FILE (64 hex digits, as extract-key writes it) "
                    + "instead of a password: no slow key derivation.")
    Path keyFile;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CommandLine commandLine = spec.commandLine();
        BackupPasswords keys = new BackupPasswords(passwords, keyFile, System.getenv(), PasswordPrompt.console(),
                commandLine.getErr());
        CheckRun run = CheckRun.of("ios check-backup", SourceKind.IOS_BACKUP, options, commandLine);
        return run.run(backup, evidence -> BackupSource.open(evidence, keys.keyProvider()));
    }
}
