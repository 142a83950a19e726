package org.spyglass.android.androidqf.processes;

import java.util.List;
import java.util.Optional;

/**
 * The columns of Android's {@code ps -A} listing, found by name in its header
 * ({@code [LABEL] USER PID PPID VSZ RSS WCHAN ADDR S NAME}). Every column but the last ({@code NAME}, {@code CMD} or
 * {@code ARGS}) is one word; the last keeps its spaces.
 */
final class ProcessTable {
    private static final List<String> NAME_COLUMNS = List.of("NAME", "CMD", "ARGS", "COMMAND");

    private final int size;
    private final int user;
    private final int pid;
    private final int ppid;
    private final int label;
    private final int state;

    private ProcessTable(List<String> columns) {
        this.size = columns.size();
        this.user = columns.indexOf("USER");
        this.pid = columns.indexOf("PID");
        this.ppid = columns.indexOf("PPID");
        this.label = columns.indexOf("LABEL");
        this.state = columns.indexOf("S");
    }

    /** The table a header line describes, or empty when it has no {@code PID} column before a last name column. */
    static Optional<ProcessTable> header(String line) {
        List<String> columns = List.of(line.strip().split("\\s+"));
        int pid = columns.indexOf("PID");
        int last = columns.size() - 1;
        if (pid < 0 || last <= pid || !NAME_COLUMNS.contains(columns.get(last))) {
            return Optional.empty();
        }
        return Optional.of(new ProcessTable(columns));
    }

    /** The process a line holds, or empty when it lacks a column or its PID is not a number. */
    Optional<AqfProcess> row(String line, String file) {
        String[] fields = line.strip().split("\\s+", size);
        Long pidValue = fields.length == size ? number(fields[pid]) : null;
        if (pidValue == null || fields[size - 1].isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new AqfProcess(column(fields, user), pidValue, ppid < 0 ? null : number(fields[ppid]),
                column(fields, label), column(fields, state), fields[size - 1], file));
    }

    private static String column(String[] fields, int index) {
        return index < 0 ? null : fields[index];
    }

    private static Long number(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
