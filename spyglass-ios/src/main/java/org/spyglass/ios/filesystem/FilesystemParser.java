package org.spyglass.ios.filesystem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.module.Parser;
import org.spyglass.ios.fs.DumpEntry;
import org.spyglass.ios.fs.FilesystemDumpSource;

/**
 * Streams every entry of the dump (files, folders, links) into a record, keeping nothing. Entries that cannot be
 * read are summed up in one warning at the end, naming the first few.
 */
final class FilesystemParser implements Parser<FilesystemRecord> {
    /** How many unreadable entries the warning names. */
    static final int LISTED_PROBLEMS = 20;

    @Override
    public void parse(ParseContext<FilesystemRecord> context) {
        if (!(context.source() instanceof FilesystemDumpSource dump)) {
            context.absent(context.source().root().toString(), "only a filesystem dump holds the whole file tree");
            return;
        }
        long[] problems = new long[1];
        List<String> first = new ArrayList<>(LISTED_PROBLEMS);
        dump.walk(entry -> context.emit(record(entry)), (path, e) -> {
            if (problems[0]++ < LISTED_PROBLEMS) {
                first.add(path + " (" + e.getMessage() + ")");
            }
        }, context::cancelled);
        if (problems[0] > 0) {
            context.warn(dump.root().toString(), problems[0] + " entry(ies) of the dump could not be read, so what "
                    + "they hold was not checked. " + (problems[0] > LISTED_PROBLEMS ? "The first "
                    + LISTED_PROBLEMS + ": " : "They are: ") + String.join(", ", first));
        }
    }

    private static FilesystemRecord record(DumpEntry entry) {
        return new FilesystemRecord(entry.devicePath(), entry.type().name().toLowerCase(Locale.ROOT),
                entry.modified(), entry.size());
    }
}
