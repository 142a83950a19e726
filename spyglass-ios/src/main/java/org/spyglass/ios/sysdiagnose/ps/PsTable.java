package org.spyglass.ios.sysdiagnose.ps;

import java.util.List;
import java.util.Optional;

/**
 * The columns of a {@code ps} listing, found by name in its header line
 * ({@code USER UID PRSNA PID PPID ... STARTED TIME COMMAND}), so older and newer column sets both read. Every column
 * but the last is one word; the last ({@code COMMAND}, {@code CMD} or {@code ARGS}) keeps its spaces.
 */
final class PsTable {
    private static final List<String> COMMAND_NAMES = List.of("COMMAND", "CMD", "ARGS");

    private final int size;
    private final int user;
    private final int pid;
    private final int ppid;
    private final int started;

    private PsTable(List<String> columns) {
        this.size = columns.size();
        this.user = columns.indexOf("USER");
        this.pid = columns.indexOf("PID");
        this.ppid = columns.indexOf("PPID");
        this.started = columns.indexOf("STARTED");
    }

    /** The table a header line describes, or empty when it has no {@code PID} column before a last command column. */
    static Optional<PsTable> header(String line) {
        List<String> columns = List.of(line.strip().split("\\s+"));
        int pid = columns.indexOf("PID");
        int command = columns.size() - 1;
        if (pid < 0 || command <= pid || !COMMAND_NAMES.contains(columns.get(command))) {
            return Optional.empty();
        }
        return Optional.of(new PsTable(columns));
    }

    /** The row a line holds, or empty when it does not have every column or its PID is not a number. */
    Optional<Row> row(String line) {
        String[] fields = line.strip().split("\\s+", size);
        Long pidValue = fields.length == size ? number(fields[pid]) : null;
        if (pidValue == null) {
            return Optional.empty();
        }
        return Optional.of(new Row(user < 0 ? null : fields[user], pidValue, ppid < 0 ? null : number(fields[ppid]),
                started < 0 ? null : fields[started], fields[size - 1]));
    }

    private static Long number(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The columns of one process line that the records keep. */
    record Row(String user, long pid, Long ppid, String started, String command) {
    }
}
