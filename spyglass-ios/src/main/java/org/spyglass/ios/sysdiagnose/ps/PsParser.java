package org.spyglass.ios.sysdiagnose.ps;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.module.Parser;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.text.SkippedLines;
import org.spyglass.core.text.TextLines;

/**
 * Reads {@code ps.txt}: a header line naming the columns (see {@link PsTable}), then one process per line. Rows that
 * do not fit are counted in one warning.
 */
final class PsParser implements Parser<PsProcess> {

    @Override
    public void parse(ParseContext<PsProcess> context) {
        for (EvidenceFile file : context.files()) {
            try (InputStream in = context.source().open(file)) {
                read(new TextLines(in), file.devicePath(), context);
            } catch (IOException e) {
                context.warn(file.devicePath(), "ps.txt could not be read: " + e.getMessage());
            }
        }
    }

    private static void read(TextLines text, String path, ParseContext<PsProcess> context) throws IOException {
        Optional<PsTable> table = header(text);
        if (table.isEmpty()) {
            context.warn(path, "ps.txt has no header line with PID and COMMAND columns; nothing was read");
            return;
        }
        SkippedLines skipped = new SkippedLines();
        for (String line = text.next(); line != null && !context.cancelled(); line = text.next()) {
            if (line.isBlank()) {
                continue;
            }
            Optional<PsTable.Row> row = table.get().row(line);
            if (row.isEmpty()) {
                skipped.add(text.number());
                continue;
            }
            PsTable.Row r = row.get();
            context.emit(new PsProcess(r.user(), r.pid(), r.ppid(), r.started(), r.command(), path));
        }
        skipped.report(context, path, "%d process line(s) did not fit the header's columns and "
                + "were skipped, the first at line %d");
    }

    /** The table of the first line that is not blank, or empty when it is not a ps header. */
    static Optional<PsTable> header(TextLines text) throws IOException {
        String header = text.next();
        while (header != null && header.isBlank()) {
            header = text.next();
        }
        return header == null ? Optional.empty() : PsTable.header(header);
    }
}
