package org.spyglass.android.batterydaily;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.spyglass.android.dumpsys.SectionParser;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.text.SkippedLines;

/**
 * Reads the daily stats of the {@code batterystats} section: {@code Daily from YYYY-MM-DD-HH-MM-SS to ...:} lines
 * and the {@code Update <package> vers=<n>} lines under them. The same update on the same period is emitted once.
 * A period whose dates cannot be read is counted in one warning, and its updates are skipped.
 */
final class BatteryDailyParser extends SectionParser<DailyUpdate> {
    static final String SECTION = "batterystats";
    private static final Pattern PERIOD = Pattern.compile("^\\s*Daily from (\\S+) to (\\S+):$");
    private static final Pattern UPDATE = Pattern.compile("^\\s*Update (\\S+) vers=(\\d{1,18})$");

    private final Set<String> seen = new HashSet<>();
    private LocalDate from;
    private LocalDate to;
    private final SkippedLines skipped = new SkippedLines();

    BatteryDailyParser() {
        super(SECTION);
    }

    @Override
    protected void begin(String file) {
        from = null;
        to = null;
        skipped.reset();
    }

    @Override
    protected void line(String line, long number, String file, ParseContext<DailyUpdate> context) {
        Matcher m = PERIOD.matcher(line);
        if (m.matches()) {
            try {
                from = date(m.group(1));
                to = date(m.group(2));
            } catch (DateTimeException e) {
                from = null;
                skipped.add(number);
            }
            return;
        }
        if (from != null && (m = UPDATE.matcher(line)).matches()
                && seen.add(m.group(1) + " " + m.group(2) + " " + from)) {
            context.emit(new DailyUpdate(m.group(1), Long.parseLong(m.group(2)), from.toString(), to.toString(),
                    file));
        }
    }

    /** The date of a {@code YYYY-MM-DD-HH-MM-SS} period bound. */
    private static LocalDate date(String bound) {
        if (bound.length() < 10) {
            throw new DateTimeException("not a date: " + bound);
        }
        return LocalDate.parse(bound.substring(0, 10));
    }

    @Override
    protected void finish(String file, ParseContext<DailyUpdate> context) {
        from = null;
        skipped.report(context, file, "%d daily period(s) have dates that cannot be read and "
                + "were skipped, the first at line %d");
    }
}
