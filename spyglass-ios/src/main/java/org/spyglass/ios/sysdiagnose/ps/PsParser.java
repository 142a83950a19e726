package org.spyglass.ios.sysdiagnose.ps;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.module.Parser;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.ios.sysdiagnose.TextLines;

/**
 * Reads {@code ps.txt}: a header line naming the columns ({@code USER UID PRSNA PID PPID ... STARTED TIME COMMAND}),
 * then one process per line. The columns are found by name, so older and newer column sets both read; every column
 * but the last is one word, and {@code COMMAND}, the last, keeps its spaces. Rows that do not fit are counted in one
 * warning.
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
        String header = text.next();
        while (header != null && header.isBlank()) {
            header = text.next();
        }
        List<String> columns = header == null ? List.of() : List.of(header.strip().split("\\s+"));
        int pid = columns.indexOf("PID");
        int command = columns.size() - 1;
        if (pid < 0 || command <= pid || !List.of("COMMAND", "CMD", "ARGS").contains(columns.get(command))) {
            context.warn(path, "ps.txt has no header line with PID and COMMAND columns; nothing was read");
            return;
        }
        int user = columns.indexOf("USER");
        int ppid = columns.indexOf("PPID");
        int started = columns.indexOf("STARTED");
        long bad = 0;
        long first = 0;
        for (String line = text.next(); line != null && !context.cancelled(); line = text.next()) {
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.strip().split("\\s+", columns.size());
            Long pidValue = fields.length == columns.size() ? number(fields[pid]) : null;
            if (pidValue == null) {
                bad++;
                first = first == 0 ? text.number() : first;
                continue;
            }
            context.emit(new PsProcess(user < 0 ? null : fields[user], pidValue, ppid < 0 ? null : number(fields[ppid]),
                    started < 0 ? null : fields[started], fields[command], path));
        }
        if (bad > 0) {
            context.warn(path, String.format(Locale.ROOT, "%d process line(s) did not fit the header's columns and "
                    + "were skipped, the first at line %d", bad, first));
        }
    }

    private static Long number(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
