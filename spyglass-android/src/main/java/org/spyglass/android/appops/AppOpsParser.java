package org.spyglass.android.appops;

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
 * Reads the {@code appops} section: {@code   Uid <uid>:} blocks, {@code     Package <name>:} inside them,
 * {@code       <OP> (<mode>):} inside those, and the op's {@code Access: [type] YYYY-MM-DD HH:MM:SS.mmm} and
 * {@code Reject: ...} entries. One record per entry, or per op without entries. Times are device-local; they are
 * turned into UTC with the device's time zone when the bugreport's getprop block gives it. Entries whose time cannot
 * be read are counted in one warning.
 */
final class AppOpsParser extends SectionParser<AppOp> {
    static final String SECTION = "appops";
    private static final Pattern UID = Pattern.compile("^ {2}Uid (\\S+):$");
    private static final Pattern PACKAGE = Pattern.compile("^ {4}Package (\\S+):$");
    private static final Pattern OP = Pattern.compile("^ {6}([A-Z][A-Z0-9_]*) \\(([^)]*)\\):$");
    private static final Pattern ENTRY = Pattern.compile(
            "(Access|Reject): \\[([^\\]]*)\\]\\s+(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?)");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss[.SSS]",
            Locale.ROOT);

    private String uid;
    private String packageName;
    private String op;
    private String mode;
    private boolean opHasEntry;
    private final SkippedLines skipped = new SkippedLines();

    AppOpsParser() {
        super(SECTION);
    }

    @Override
    protected void begin(String file) {
        uid = null;
        packageName = null;
        op = null;
        skipped.reset();
    }

    @Override
    protected void line(String line, long number, String file, ParseContext<AppOp> context) {
        Matcher m;
        if ((m = UID.matcher(line)).matches()) {
            closeOp(file, context);
            uid = m.group(1);
            packageName = null;
        } else if ((m = PACKAGE.matcher(line)).matches()) {
            closeOp(file, context);
            packageName = uid == null ? null : m.group(1);
        } else if ((m = OP.matcher(line)).matches()) {
            closeOp(file, context);
            if (packageName != null) {
                op = m.group(1);
                mode = m.group(2);
                opHasEntry = false;
            }
        } else if (op != null && (m = ENTRY.matcher(line)).find()) {
            opHasEntry = true;
            try {
                LocalDateTime local = LocalDateTime.parse(m.group(3), TIME);
                context.emit(new AppOp(uid, packageName, op, mode, m.group(1), m.group(2), local.toString(),
                        zone() == null ? null : local.atZone(zone()).toInstant(), zone() != null, file));
            } catch (DateTimeException e) {
                skipped.add(number);
            }
        }
    }

    @Override
    protected void finish(String file, ParseContext<AppOp> context) {
        closeOp(file, context);
        skipped.report(context, file, "%d appops entry time(s) could not be read and were "
                + "skipped, the first at line %d");
    }

    private void closeOp(String file, ParseContext<AppOp> context) {
        if (op != null && !opHasEntry) {
            context.emit(new AppOp(uid, packageName, op, mode, null, null, null, null, false, file));
        }
        op = null;
    }
}
