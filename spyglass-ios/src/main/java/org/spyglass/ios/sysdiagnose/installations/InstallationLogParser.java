package org.spyglass.ios.sysdiagnose.installations;

import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.module.Parser;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.text.SkippedLines;
import org.spyglass.core.text.TextLines;

/**
 * Reads {@code mobile_installation.log}: each entry starts with a line
 * {@code Mon Apr  7 06:13:34 2025 [234] <notice> (0x16b48f000) -[Class method:]: message} and may go on over the
 * following lines. Times are device-local: they are read in the time zone the sysdiagnose's name gives
 * ({@code time_zone} of the source's device facts), else as UTC with {@link InstallationEvent#utcAssumed()} set.
 * Entries naming an install step (see {@link InstallMessages}) become records; other entries are skipped. Lines
 * before the first entry and lines that start like an entry but do not parse are counted in one warning per file.
 */
final class InstallationLogParser implements Parser<InstallationEvent> {
    private static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
            "Oct", "Nov", "Dec");
    private static final String WEEKDAY = "(?:Sun|Mon|Tue|Wed|Thu|Fri|Sat) ";
    private static final Pattern HEADER = Pattern.compile(WEEKDAY + "(" + String.join("|", MONTHS) + ") {1,2}"
            + "(\\d{1,2}) (\\d{2}):(\\d{2}):(\\d{2}) (\\d{4}) \\[\\d+\\] <\\w+>:? (.*)");
    private static final Pattern LOOKS_LIKE_HEADER = Pattern.compile(WEEKDAY + ".*");

    @Override
    public void parse(ParseContext<InstallationEvent> context) {
        ZoneOffset zone = zone(context.source().deviceInfo());
        for (EvidenceFile file : context.files()) {
            try (InputStream in = context.source().open(file)) {
                read(new TextLines(in), file.devicePath(), zone, context);
            } catch (IOException e) {
                context.warn(file.devicePath(), "mobile_installation.log could not be read: " + e.getMessage());
            }
        }
    }

    /** The device's offset from the source's {@code time_zone} fact ({@code UTC}, {@code UTC+01:00}), or null. */
    static ZoneOffset zone(Map<String, String> deviceInfo) {
        String value = deviceInfo.get("time_zone");
        if (value == null || !value.startsWith("UTC")) {
            return null;
        }
        try {
            return value.length() == 3 ? ZoneOffset.UTC : ZoneOffset.of(value.substring(3));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static void read(TextLines text, String path, ZoneOffset zone, ParseContext<InstallationEvent> context)
            throws IOException {
        boolean inEntry = false;
        SkippedLines skipped = new SkippedLines();
        for (String line = text.next(); line != null && !context.cancelled(); line = text.next()) {
            if (line.isBlank()) {
                continue;
            }
            Matcher m = HEADER.matcher(line);
            LocalDateTime local = m.matches() ? local(m) : null;
            if (local != null) {
                inEntry = true;
                LocalDateTime time = local;
                InstallMessages.read(m.group(7)).ifPresent(found -> context.emit(new InstallationEvent(
                        time.toInstant(zone == null ? ZoneOffset.UTC : zone), zone == null, found.bundleId(),
                        found.action(), found.containerPath(), path)));
            } else if (!inEntry || LOOKS_LIKE_HEADER.matcher(line).matches()) {
                skipped.add(text.number());
            }
        }
        skipped.report(context, path, "%d line(s) were neither an entry nor the continuation of "
                + "one and were skipped, the first at line %d");
    }

    private static LocalDateTime local(Matcher m) {
        try {
            return LocalDateTime.of(Integer.parseInt(m.group(6)), MONTHS.indexOf(m.group(1)) + 1,
                    Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)),
                    Integer.parseInt(m.group(5)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
