package org.spyglass.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.spyglass.cli.check.CheckOptions;
import org.spyglass.cli.check.CheckRun;
import org.spyglass.core.source.SourceKind;
import org.spyglass.ios.backup.BackupSource;
import org.spyglass.ios.sample.SampleBackup;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code spyglass demo}: writes the synthetic sample backup (with traces planted from the public Pegasus
 * indicators) to a private temporary folder and checks it with the bundled feeds.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Check a small synthetic iPhone backup that carries a few traces taken from Amnesty's public",
            "Pegasus indicators, to see what Spyglass reports. No real person's data is involved.",
            "Results go to ./spyglass-demo-results unless -o is given."})
public final class DemoCommand implements Callable<Integer> {

    @Mixin
    CheckOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (options.output == null) {
            options.output = Path.of("spyglass-demo-results");
        }
        CommandLine commandLine = spec.commandLine();
        CheckRun run = CheckRun.of("demo", SourceKind.IOS_BACKUP, options, commandLine);
        if (options.listModules) {
            return run.listModules();
        }
        Path scratch = Files.createTempDirectory("spyglass-demo-");
        try {
            Path backup = SampleBackup.write(scratch);
            options.terminal.open(commandLine.getOut(), commandLine.getErr())
                    .info("Wrote the synthetic sample backup to " + backup);
            return run.run(backup, BackupSource::open);
        } finally {
            deleteTree(scratch);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
