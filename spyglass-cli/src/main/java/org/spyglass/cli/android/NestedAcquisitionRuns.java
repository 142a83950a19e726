package org.spyglass.cli.android;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.spyglass.android.ab.AndroidBackupSource;
import org.spyglass.android.androidqf.AndroidqfSource;
import org.spyglass.android.bugreport.BugreportSource;
import org.spyglass.android.intrusion.IntrusionLogSource;
import org.spyglass.cli.check.CheckRun;
import org.spyglass.cli.check.NestedResult;
import org.spyglass.core.ExitCode;
import org.spyglass.core.SpyglassException;
import org.spyglass.core.json.Json;
import org.spyglass.core.output.SummaryFile;
import org.spyglass.core.source.Source;
import org.spyglass.core.source.SourceKind;

/**
 * The second pass of {@code check-androidqf}: the {@code bugreport.zip}, {@code backup.ab} and {@code intrusion_logs/}
 * folder an acquisition may hold are checked as {@code check-bugreport}, {@code check-backup} and
 * {@code check-intrusion-logs} would, with the same feeds and options, into the {@code bugreport/}, {@code backup/}
 * and {@code intrusion_logs/} sub-folders of the output. Each nested run names its evidence
 * {@code <acquisition>!/<name>}. What each came to is returned for the main {@code summary.json}; one that cannot be
 * checked (not a zip, an encrypted or broken backup) is a result with the reason, and the acquisition's own results
 * stand.
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
                    })),
            new Nested("intrusion_logs", SourceKind.ANDROID_INTRUSION_LOGS, "intrusion_logs",
                    "check-intrusion-logs", IntrusionLogSource::open));

    private final CheckRun run;
    private final PrintWriter err;

    NestedAcquisitionRuns(CheckRun run, PrintWriter err) {
        this.run = run;
        this.err = err;
    }

    @Override
    public List<NestedResult> run(Source source, Path output) throws IOException {
        AndroidqfSource acquisition = (AndroidqfSource) source;
        List<NestedResult> results = new ArrayList<>();
        for (Nested nested : NESTED) {
            Optional<Path> file = acquisition.nested(nested.name());
            Path folder = output.resolve(nested.folder());
            Optional<CheckRun> inner = run.nested(nested.command() + " " + nested.name(), nested.kind(), folder);
            if (file.isEmpty() || inner.isEmpty()) {
                continue;
            }
            err.println("The acquisition holds " + nested.name() + ": checking it into " + folder);
            err.flush();
            Path named = Path.of(source.root() + "!", nested.name());
            try {
                inner.get().run(named, ignored -> nested.opener().open(file.get()));
                results.add(result(nested, folder.resolve(SummaryFile.NAME)));
            } catch (SpyglassException e) {
                err.println("warning: " + nested.name() + " in the acquisition was not checked: " + e.getMessage());
                err.flush();
                results.add(new NestedResult(nested.kind(), nested.name(), nested.folder(), null, e.getMessage(),
                        e.exitCode(), 1));
            }
        }
        return results;
    }

    private static NestedResult result(Nested nested, Path summaryFile) throws IOException {
        if (!Files.isRegularFile(summaryFile)) {
            return new NestedResult(nested.kind(), nested.name(), nested.folder(), null, "the nested check wrote no "
                    + SummaryFile.NAME, ExitCode.INTERNAL_ERROR, 1);
        }
        JsonNode summary = Json.mapper().readTree(summaryFile.toFile());
        return new NestedResult(nested.kind(), nested.name(), nested.folder(), summary.at("/verdict/code").asText(),
                summary.at("/verdict/sentence").asText(), ExitCode.valueOf(summary.at("/exit_code/name").asText()),
                summary.at("/warnings/count").asLong());
    }
}
