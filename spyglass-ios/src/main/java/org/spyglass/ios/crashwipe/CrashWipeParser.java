package org.spyglass.ios.crashwipe;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.module.Parser;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.sqlite.EvidenceDatabase;
import org.spyglass.core.sqlite.SqliteParser;
import org.spyglass.ios.fs.FilesystemDumpSource;
import org.spyglass.ios.safari.SafariInjections;
import org.spyglass.ios.safari.SafariVisit;

/**
 * Reads the CrashReporter folder of the dump once (its time, its files), then streams the injection-pattern visits
 * of every History.db and emits each with the folder's state. Only folder dumps qualify: an archive's extraction
 * gives folders the time of the extraction, not the device's.
 */
final class CrashWipeParser implements Parser<InjectionThenCrashFolder> {

    @Override
    public void parse(ParseContext<InjectionThenCrashFolder> context) throws IOException {
        if (!(context.source() instanceof FilesystemDumpSource dump)) {
            context.absent(context.source().root().toString(), "only a filesystem dump records the time of the "
                    + "crash-log folder");
            return;
        }
        if (Files.isRegularFile(dump.root())) {
            context.absent(dump.root().toString(), "the dump is an archive, whose extraction does not keep the "
                    + "times of folders, so the crash-log folder's time is unknown; check the extracted folder");
            return;
        }
        Optional<CrashFolder> folder = CrashFolder.read(dump);
        if (folder.isEmpty()) {
            context.absent(CrashFolder.PATH, "the dump holds no CrashReporter folder, so its emptying cannot be "
                    + "dated");
            return;
        }
        if (context.files().isEmpty()) {
            context.absent(SafariInjections.HISTORY_PATHS.get(0), "the dump holds no Safari History.db, so no "
                    + "injection can be dated");
            return;
        }
        for (EvidenceFile file : context.files()) {
            if (context.cancelled()) {
                return;
            }
            read(file, folder.get(), context);
        }
    }

    private static void read(EvidenceFile file, CrashFolder folder, ParseContext<InjectionThenCrashFolder> context)
            throws IOException {
        String location = file.devicePath();
        EvidenceDatabase opened = SqliteParser.open(file, context, "History.db");
        if (opened == null) {
            return;
        }
        try (EvidenceDatabase database = opened) {
            for (String table : SafariInjections.TABLES) {
                if (!database.hasTable(table)) {
                    context.absent(location, "History.db has no " + table + " table, so no visit was read");
                    return;
                }
            }
            SafariInjections.forEach(database, location, context::cancelled,
                    visit -> context.emit(record(visit, folder)));
        } catch (SQLException e) {
            context.warn(location + ": history_visits", "reading stopped: " + e.getMessage());
        }
    }

    private static InjectionThenCrashFolder record(SafariVisit visit, CrashFolder folder) {
        return new InjectionThenCrashFolder(visit.isodate(), visit.url(), visit.redirectDestinationUrl(),
                visit.safariHistoryDb(), folder.path(), folder.modified(),
                Duration.between(visit.isodate(), folder.modified()).getSeconds(), folder.files(),
                folder.oldestFile());
    }
}
