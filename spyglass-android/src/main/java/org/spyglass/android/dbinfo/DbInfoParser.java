package org.spyglass.android.dbinfo;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.spyglass.android.dumpsys.SectionParser;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.text.SkippedLines;

/**
 * Reads the {@code dbinfo} section: {@code ** Database info for pid <pid> [<process>] **} opens a process,
 * {@code Connection pool for <path>:} a database, and each {@code <n>: [<date time>] <operation> ...} line of the
 * {@code Most recently executed operations:} lists is one record, with its {@code - <status>}, {@code sql="..."} and
 * {@code path=...} when printed. Times are device-local, turned into UTC with the device's time zone when known. An
 * operation line whose time cannot be read is counted in one warning.
 */
final class DbInfoParser extends SectionParser<DbOperation> {
    static final String SECTION = "dbinfo";
    private static final Pattern PROCESS = Pattern.compile(
            "^\\*\\* Database info for pid (\\d{1,10})(?: \\[(.*)])? \\*\\*$");
    private static final Pattern POOL = Pattern.compile("^\\s*Connection pool for (.+):$");
    private static final Pattern OPERATION = Pattern.compile("^\\s*\\d+: \\[([^\\]]+)]\\s+(\\S+)(.*)$");
    private static final Pattern STATUS = Pattern.compile(" - (succeeded|failed|running)\\b");
    private static final Pattern PATH = Pattern.compile(", path=(\\S.*)$");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss[.SSS]",
            Locale.ROOT);

    private long pid;
    private String process;
    private String pool;
    private final SkippedLines skipped = new SkippedLines();

    DbInfoParser() {
        super(SECTION);
    }

    @Override
    protected void begin(String file) {
        pid = -1;
        process = null;
        pool = null;
        skipped.reset();
    }

    @Override
    protected void line(String line, long number, String file, ParseContext<DbOperation> context) {
        Matcher m = PROCESS.matcher(line.strip());
        if (m.matches()) {
            pid = Long.parseLong(m.group(1));
            process = m.group(2) == null || m.group(2).isBlank() ? null : m.group(2).strip();
            pool = null;
            return;
        }
        if ((m = POOL.matcher(line)).matches()) {
            pool = m.group(1).strip();
            return;
        }
        if (!(m = OPERATION.matcher(line)).matches()) {
            return;
        }
        LocalDateTime local;
        try {
            local = LocalDateTime.parse(m.group(1).strip(), TIME);
        } catch (DateTimeException e) {
            skipped.add(number);
            return;
        }
        String rest = m.group(3);
        Matcher status = STATUS.matcher(rest);
        Matcher path = PATH.matcher(rest);
        boolean hasPath = path.find();
        String sqlPart = hasPath ? rest.substring(0, path.start()) : rest;
        int sql = sqlPart.indexOf("sql=\"");
        String statement = sql < 0 ? null : strip(sqlPart.substring(sql + 5));
        context.emit(new DbOperation(pid, process, hasPath ? path.group(1).strip() : pool, local.toString(),
                zone() == null ? null : local.atZone(zone()).toInstant(), zone() != null, m.group(2),
                status.find() ? status.group(1) : null, statement, file));
    }

    /** The statement without its closing quote (and what follows it on the line). */
    private static String strip(String quoted) {
        int end = quoted.lastIndexOf('"');
        return end < 0 ? quoted : quoted.substring(0, end);
    }

    @Override
    protected void finish(String file, ParseContext<DbOperation> context) {
        skipped.report(context, file, "%d dbinfo operation time(s) could not be read and were "
                + "skipped, the first at line %d");
    }
}
