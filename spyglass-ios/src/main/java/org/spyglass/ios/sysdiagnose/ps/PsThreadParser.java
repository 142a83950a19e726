package org.spyglass.ios.sysdiagnose.ps;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.module.Parser;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.text.SkippedLines;
import org.spyglass.core.text.TextLines;

/**
 * Reads {@code ps_thread.txt} ({@code ps -M}): the header of {@code ps.txt} (see {@link PsTable}), then each process
 * on a line with every column, followed by one line per further thread. A thread line lacks the terminal and command
 * columns, so it does not fill the table; it is told apart from a broken line by the process id it repeats. A line
 * that fills the table with the current process's id is a thread line too. Other lines are counted in one warning.
 */
final class PsThreadParser implements Parser<PsThreadProcess> {

    @Override
    public void parse(ParseContext<PsThreadProcess> context) {
        for (EvidenceFile file : context.files()) {
            try (InputStream in = context.source().open(file)) {
                read(new TextLines(in), file.devicePath(), context);
            } catch (IOException e) {
                context.warn(file.devicePath(), "ps_thread.txt could not be read: " + e.getMessage());
            }
        }
    }

    private static void read(TextLines text, String path, ParseContext<PsThreadProcess> context) throws IOException {
        Optional<PsTable> table = PsParser.header(text);
        if (table.isEmpty()) {
            context.warn(path, "ps_thread.txt has no header line with PID and COMMAND columns; nothing was read");
            return;
        }
        PsTable.Row current = null;
        int threads = 0;
        SkippedLines skipped = new SkippedLines();
        for (String line = text.next(); line != null && !context.cancelled(); line = text.next()) {
            if (line.isBlank()) {
                continue;
            }
            Optional<PsTable.Row> row = table.get().row(line);
            if (row.isPresent() && (current == null || row.get().pid() != current.pid())) {
                emit(current, threads, path, context);
                current = row.get();
                threads = 1;
            } else if (current != null && repeats(line, current.pid())) {
                threads++;
            } else {
                skipped.add(text.number());
            }
        }
        emit(current, threads, path, context);
        skipped.report(context, path, "%d line(s) were neither a process nor one of its threads "
                + "and were skipped, the first at line %d");
    }

    private static boolean repeats(String line, long pid) {
        return List.of(line.strip().split("\\s+")).contains(Long.toString(pid));
    }

    private static void emit(PsTable.Row row, int threads, String path, ParseContext<PsThreadProcess> context) {
        if (row != null) {
            context.emit(new PsThreadProcess(row.user(), row.pid(), row.ppid(), row.started(), row.command(), threads,
                    path));
        }
    }
}
