package org.spyglass.cli.ios;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.spyglass.cli.check.Terminal;
import org.spyglass.cli.check.TerminalOptions;
import org.spyglass.cli.check.WorkProgressDisplay;
import org.spyglass.cli.secrets.BackupPasswords;
import org.spyglass.cli.secrets.PasswordOptions;
import org.spyglass.cli.secrets.PasswordPrompt;
import org.spyglass.core.ExitCode;
import org.spyglass.core.SpyglassException;
import org.spyglass.core.progress.WorkProgress;
import org.spyglass.ios.backup.BackupLocator;
import org.spyglass.ios.backup.BackupSource;
import org.spyglass.ios.backup.DecryptedCopy;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code spyglass ios decrypt-backup BACKUP -d DEST}. */
@Command(name = "decrypt-backup", mixinStandardHelpOptions = true,
        description = {"Decrypt an encrypted iTunes/Finder backup into a new folder, in the layout check-backup "
                + "reads. The encrypted backup is only read.",
            "The password is asked for, or taken from --password-file, " + BackupPasswords.ENV + ", "
                    + BackupPasswords.MVT_ENV + ", -p or --key-file."})
public final class DecryptBackupCommand implements Callable<Integer> {
    @Parameters(paramLabel = "BACKUP", description = "The encrypted backup folder (or its parent).")
    Path backup;

    @Option(names = {"-d", "--destination"}, paramLabel = "DEST", required = true,
            description = "The folder to write the decrypted backup to: new or empty, outside the backup.")
    Path destination;

    @Mixin
    PasswordOptions passwords;

    @Option(names = {"-k", "--key-file"}, paramLabel = "FILE",
            description = "Decrypt with the key in FILE (64 hex digits, as extract-key writes it) instead of a "
                    + "password.")
    Path keyFile;

    @Option(names = "--threads", paramLabel = "N",
            description = "Decrypt N files at a time (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    TerminalOptions terminalOptions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Terminal terminal = terminalOptions.open(spec.commandLine().getOut(), err);
        Path folder = BackupLocator.locate(backup).toRealPath();
        Path target = checkedDestination(folder);
        BackupPasswords keys = new BackupPasswords(passwords, keyFile, System.getenv(), PasswordPrompt.console(),
                err);
        AtomicBoolean cancelled = new AtomicBoolean();
        CountDownLatch done = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            cancelled.set(true);
            awaitQuietly(done);
        }, "spyglass-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        try (BackupSource source = BackupSource.open(folder, keys.keyProvider())) {
            terminal.info(String.format(Locale.ROOT, "Decrypting %,d files into %s on %d threads...",
                    source.fileCount(), target, Math.max(1, threads)));
            long started = System.nanoTime();
            DecryptedCopy.Result result = DecryptedCopy.write(source, target, threads,
                    new TerminalListener(terminal, new WorkProgressDisplay(terminal)), cancelled::get);
            terminal.endStatus();
            String outcome = String.format(Locale.ROOT, "%s %,d files into %s in %.1f s (%,d listed but not in the "
                    + "backup, %,d could not be decrypted).", result.interrupted() ? "Interrupted after decrypting"
                    : "Decrypted", result.decrypted(), target, (System.nanoTime() - started) / 1e9, result.missing(),
                    result.failed());
            if (result.interrupted()) {
                terminal.error(outcome);
                terminal.error(target + " is incomplete: decrypt again into a new folder.");
            } else {
                terminal.info(outcome);
            }
            return result.interrupted() ? ExitCode.INTERRUPTED.code() : ExitCode.COMPLETED.code();
        } finally {
            done.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is running and ends once the source is closed.
            }
        }
    }

    /** The destination as a real path: new or empty, and neither inside the backup nor holding it. */
    private Path checkedDestination(Path folder) throws IOException {
        Path resolved = OutsideEvidence.require(destination, folder, "The destination");
        if (Files.isDirectory(resolved)) {
            try (Stream<Path> entries = Files.list(resolved)) {
                if (entries.findAny().isPresent()) {
                    throw SpyglassException.usage("The destination " + destination + " is not empty: choose a new "
                            + "or empty folder.");
                }
            }
        } else if (Files.exists(resolved)) {
            throw SpyglassException.usage("The destination " + destination + " is a file: choose a new or empty "
                    + "folder.");
        }
        return resolved;
    }

    private static void awaitQuietly(CountDownLatch done) {
        try {
            done.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Shows the progress through {@link WorkProgressDisplay} and each file left out as a warning line. */
    private record TerminalListener(Terminal terminal, WorkProgressDisplay display) implements DecryptedCopy.Listener {
        @Override
        public void progress(WorkProgress progress) {
            display.progress(progress);
        }

        @Override
        public void warning(String message) {
            terminal.info("warning: " + message);
        }
    }
}
