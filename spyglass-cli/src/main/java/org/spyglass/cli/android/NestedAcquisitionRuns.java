package org.spyglass.cli.android;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.spyglass.android.ab.AndroidBackupSource;
import org.spyglass.android.androidqf.AndroidqfSource;
import org.spyglass.android.bugreport.BugreportSource;
import org.spyglass.cli.check.CheckRun;
import org.spyglass.core.ExitCode;
import org.spyglass.core.SpyglassException;
import org.spyglass.core.source.Source;
import org.spyglass.core.source.SourceKind;

/**
 * The second pass of {@code check-androidqf}: the {@code bugreport.zip} and {@code backup.ab} an acquisition may hold
 * are checked as {@code check-bugreport} and {@code check-backup} would, with the same feeds and options, into the
 * {@code bugreport/} and {@code backup/} sub-folders of the output. A nested file that cannot be checked (not a zip,
 * an encrypted or broken backup) is one warning line; the acquisition's own results stand.
 */
final class NestedAcquisitionRuns implements CheckRun.NestedRuns {
    /** One kind of nested evidence: its name in the acquisition, its kind, its output sub-folder. */
    private record Nested(String name, SourceKind kind, String folder, String command, CheckRun.SourceOpener opener) {
    }

    private static final List<Nested> NESTED = List.of(
            new Nested("bugreport.zip", SourceKind.ANDROID_BUGREPORT, "bugreport", "check-bugreport",
                    BugreportSource::open),
            new Nested("backup.ab", SourceKind.ANDROID_BACKUP, "backup", "check-backup",
                    path -> AndroidBackupSource.open(path, header -> {
                        throw SpyglassException.input("the backup is encrypted; check it with spyglass android "
                                + "check-backup and its password");
                    })));

    private final CheckRun run;
    private final PrintWriter err;

    NestedAcquisitionRuns(CheckRun run, PrintWriter err) {
        this.run = run;
        this.err = err;
    }

    @Override
    public int run(Source source, Path output) throws IOException {
        AndroidqfSource acquisition = (AndroidqfSource) source;
        int code = ExitCode.COMPLETED.code();
        for (Nested nested : NESTED) {
            Optional<Path> file = acquisition.nested(nested.name());
            Optional<CheckRun> inner = run.nested(nested.command() + " " + nested.name(), nested.kind(),
                    output.resolve(nested.folder()));
            if (file.isEmpty() || inner.isEmpty()) {
                continue;
            }
            err.println("The acquisition holds " + nested.name() + ": checking it into " + output.resolve(
                    nested.folder()));
            err.flush();
            try {
                int result = inner.get().run(file.get(), nested.opener());
                code = result == ExitCode.ALERTS.code() ? result : code;
            } catch (SpyglassException e) {
                err.println("warning: " + nested.name() + " in the acquisition was not checked: " + e.getMessage());
                err.flush();
            }
        }
        return code;
    }
}
