package org.spyglass.cli.android;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.spyglass.android.ab.AndroidBackupSource;
import org.spyglass.cli.check.CheckOptions;
import org.spyglass.cli.check.CheckRun;
import org.spyglass.cli.secrets.BackupPasswords;
import org.spyglass.cli.secrets.PasswordOptions;
import org.spyglass.cli.secrets.PasswordPrompt;
import org.spyglass.core.source.SourceKind;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code spyglass android check-backup BACKUP}. */
@Command(name = "check-backup", mixinStandardHelpOptions = true,
        description = {"Check an Android backup: the .ab file `adb backup` writes, or the folder its content was "
                + "extracted to (holding apps/<package>/...).",
            "The backup is only read; the members the modules need are written to a private temporary folder, "
                    + "removed at the end. An encrypted backup's password is asked for (or taken from "
                    + "--password-file, " + BackupPasswords.ANDROID_ENV + ", " + BackupPasswords.ANDROID_MVT_ENV
                    + " or -p)."})
public final class AndroidCheckBackupCommand implements Callable<Integer> {

    @Parameters(paramLabel = "BACKUP", description = "The .ab file, or the folder holding its extracted content.")
    Path backup;

    @Mixin
    CheckOptions options;

    @Mixin
    PasswordOptions passwords;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CommandLine commandLine = spec.commandLine();
        BackupPasswords secrets = BackupPasswords.android(passwords, System.getenv(), PasswordPrompt.console(),
                commandLine.getErr());
        CheckRun run = CheckRun.of("android check-backup", SourceKind.ANDROID_BACKUP, options, commandLine);
        return run.run(backup, evidence -> AndroidBackupSource.open(evidence, header -> secrets.password(evidence)));
    }
}
