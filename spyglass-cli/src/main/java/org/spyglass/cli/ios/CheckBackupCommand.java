package org.spyglass.cli.ios;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.spyglass.cli.check.CheckOptions;
import org.spyglass.cli.check.CheckRun;
import org.spyglass.cli.feeds.FeedResolver;
import org.spyglass.core.source.SourceKind;
import org.spyglass.ios.backup.BackupSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code spyglass ios check-backup BACKUP}. */
@Command(name = "check-backup", mixinStandardHelpOptions = true,
        description = {"Check an iTunes/Finder backup of an iPhone (a folder holding Manifest.db and Info.plist).",
            "The backup is only read; results go to the output folder."})
public final class CheckBackupCommand implements Callable<Integer> {

    @Parameters(paramLabel = "BACKUP", description = "The backup folder (or its parent, when it holds one backup).")
    Path backup;

    @Mixin
    CheckOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CommandLine commandLine = spec.commandLine();
        CheckRun run = new CheckRun("ios check-backup", commandLine.getParseResult().originalArgs(),
                SourceKind.IOS_BACKUP, options, commandLine.getOut(), commandLine.getErr(),
                new FeedResolver(FeedResolver.defaultDataFolder(System.getenv()), System.getenv()));
        return run.run(backup, BackupSource::open);
    }
}
