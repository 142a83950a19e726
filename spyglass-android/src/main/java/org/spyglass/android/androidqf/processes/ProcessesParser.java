package org.spyglass.android.androidqf.processes;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.module.Parser;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.text.SkippedLines;
import org.spyglass.core.text.TextLines;

/**
 * Reads {@code ps.txt}: a header line naming the columns (see {@link ProcessTable}), then one process a line. Rows
 * that do not fit are counted in one warning; a file without header is one warning and nothing is read.
 */
final class ProcessesParser implements Parser<AqfProcess> {

    @Override
    public void parse(ParseContext<AqfProcess> context) {
        for (EvidenceFile file : context.files()) {
            try (InputStream in = context.source().open(file)) {
                read(new TextLines(in), file.devicePath(), context);
            } catch (IOException e) {
                context.warn(file.devicePath(), "ps.txt could not be read: " + e.getMessage());
            }
        }
    }

    private static void read(TextLines text, String path, ParseContext<AqfProcess> context) throws IOException {
        String header = text.next();
        while (header != null && header.isBlank()) {
            header = text.next();
        }
        Optional<ProcessTable> table = header == null ? Optional.empty() : ProcessTable.header(header);
        if (table.isEmpty()) {
            context.warn(path, "ps.txt has no header line with PID and NAME columns; nothing was read");
            return;
        }
        SkippedLines skipped = new SkippedLines();
        for (String line = text.next(); line != null && !context.cancelled(); line = text.next()) {
            if (line.isBlank()) {
                continue;
            }
            Optional<AqfProcess> row = table.get().row(line, path);
            if (row.isPresent()) {
                context.emit(row.get());
            } else {
                skipped.add(text.number());
            }
        }
        skipped.report(context, path, "%d process line(s) did not fit the header's columns and "
                + "were skipped, the first at line %d");
    }
}
