package org.spyglass.android.batteryhistory;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.spyglass.android.dumpsys.SectionParser;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.text.SkippedLines;

/**
 * Reads the {@code Battery History (...):} block of the {@code batterystats} section, up to its first blank line.
 * Each line starts with the time elapsed since the history's start ({@code +1h02m03s004ms}, or a bare number of
 * milliseconds such as {@code 0}); a {@code TIME: YYYY-MM-DD-HH-MM-SS} (or {@code RESET:TIME:}) on a line sets the
 * device-local clock at that elapsed time. Each {@code [+-]<tag>=<uid>:"<name>"} of the tags {@code job},
 * {@code top}, {@code proc}, {@code fg}, {@code wake_lock}, {@code pkginst} and {@code pkgunin} is one record. A line
 * whose elapsed time cannot be read is counted in one warning.
 */
final class BatteryHistoryParser extends SectionParser<BatteryEvent> {
    static final String SECTION = "batterystats";
    private static final Pattern ELAPSED = Pattern.compile(
            "^\\+?(?:(\\d{1,6})d)?(?:(\\d{1,6})h)?(?:(\\d{1,6})m(?!s))?(?:(\\d{1,6})s)?(?:(\\d{1,6})ms)?$");
    private static final Pattern CLOCK = Pattern.compile("\\bTIME:\\s*(\\d{4}-\\d{2}-\\d{2}-\\d{2}-\\d{2}-\\d{2})");
    private static final Pattern EVENT = Pattern.compile("(?:^|\\s)([+-]?)([a-z_]+)=([^\\s:\"]+):\"([^\"]*)\"");
    private static final DateTimeFormatter CLOCK_FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd-HH-mm-ss",
            Locale.ROOT);
    private static final Map<String, String> TAGS = Map.of("job", "job", "top", "top", "proc", "process",
            "fg", "foreground");

    private boolean inHistory;
    private LocalDateTime clock;
    private long clockElapsed;
    private final SkippedLines skipped = new SkippedLines();

    BatteryHistoryParser() {
        super(SECTION);
    }

    @Override
    protected void begin(String file) {
        inHistory = false;
        clock = null;
        skipped.reset();
    }

    @Override
    protected void line(String line, long number, String file, ParseContext<BatteryEvent> context) {
        String stripped = line.strip();
        if (!inHistory) {
            inHistory = stripped.startsWith("Battery History");
            return;
        }
        if (stripped.isEmpty()) {
            inHistory = false;
            return;
        }
        int space = stripped.indexOf(' ');
        String elapsed = space < 0 ? stripped : stripped.substring(0, space);
        long millis = millis(elapsed);
        if (millis < 0) {
            skipped.add(number);
            return;
        }
        Matcher m = CLOCK.matcher(stripped);
        if (m.find()) {
            try {
                clock = LocalDateTime.parse(m.group(1), CLOCK_FORMAT);
                clockElapsed = millis;
            } catch (DateTimeException e) {
                clock = null;
            }
        }
        m = EVENT.matcher(stripped);
        while (m.find()) {
            String event = event(m.group(1), m.group(2));
            if (event != null) {
                LocalDateTime local = clock == null ? null : clock.plusNanos((millis - clockElapsed) * 1_000_000L);
                String name = m.group(4);
                String pkg = event.equals("wake") ? null : name.split("/", 2)[0];
                context.emit(new BatteryEvent(elapsed, event, m.group(3), pkg == null || pkg.isBlank() ? null : pkg,
                        name, local == null ? null : local.toString(),
                        local == null || zone() == null ? null : local.atZone(zone()).toInstant(),
                        local != null && zone() != null, file));
            }
        }
    }

    /** The record's event name for a tag and its sign, or null for a tag not kept. */
    private static String event(String sign, String tag) {
        return switch (tag) {
            case "pkginst" -> "install_package";
            case "pkgunin" -> "uninstall_package";
            case "wake_lock" -> sign.equals("+") ? "wake" : null;
            default -> TAGS.containsKey(tag) && !sign.isEmpty()
                    ? (sign.equals("+") ? "start_" : "end_") + TAGS.get(tag) : null;
        };
    }

    /** Milliseconds of an elapsed time as printed, or -1 when it is not one. */
    static long millis(String elapsed) {
        if (elapsed.matches("\\d{1,12}")) {
            return Long.parseLong(elapsed);
        }
        Matcher m = ELAPSED.matcher(elapsed);
        if (elapsed.isEmpty() || elapsed.equals("+") || !m.matches()) {
            return -1;
        }
        long[] unit = {86_400_000L, 3_600_000L, 60_000L, 1000L, 1L};
        long total = 0;
        for (int i = 0; i < unit.length; i++) {
            total += m.group(i + 1) == null ? 0 : Long.parseLong(m.group(i + 1)) * unit[i];
        }
        return total;
    }

    @Override
    protected void finish(String file, ParseContext<BatteryEvent> context) {
        inHistory = false;
        skipped.report(context, file, "%d battery history line(s) do not start with an elapsed "
                + "time (another Android version's format?) and were skipped, the first at line %d");
    }
}
