package org.spyglass.android.packages;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.spyglass.android.dumpsys.SectionParser;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.text.SkippedLines;

/**
 * Reads the {@code Packages:} block of the {@code package} section, up to its first blank line: one record per
 * {@code   Package [name] (hash):} block, from its {@code key=value} lines. Per-user times (Android 14) are taken
 * from {@code User 0:} when the package prints none of its own. Times are device-local, turned into UTC with the
 * device's time zone when known; a time that cannot be read is left out and counted in one warning.
 */
final class PackagesParser extends SectionParser<InstalledPackage> {
    static final String SECTION = "package";
    private static final Pattern PACKAGE = Pattern.compile("^ {2}Package \\[([^\\]]+)\\].*:$");
    private static final Pattern FIELD = Pattern.compile("^\\s+(userId|versionName|versionCode|installerPackageName"
            + "|pkgFlags|firstInstallTime|lastUpdateTime)=(.*)$");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss[.SSS]",
            Locale.ROOT);

    private boolean inPackages;
    private String name;
    private final Map<String, String> fields = new HashMap<>();
    private final SkippedLines skipped = new SkippedLines();

    PackagesParser() {
        super(SECTION);
    }

    @Override
    protected void begin(String file) {
        inPackages = false;
        name = null;
        skipped.reset();
    }

    @Override
    protected void line(String line, long number, String file, ParseContext<InstalledPackage> context) {
        if (!inPackages) {
            inPackages = line.equals("Packages:");
            return;
        }
        if (line.isBlank()) {
            emit(file, number, context);
            inPackages = false;
            return;
        }
        Matcher m = PACKAGE.matcher(line);
        if (m.matches()) {
            emit(file, number, context);
            name = m.group(1);
            return;
        }
        if (name != null && (m = FIELD.matcher(line)).matches()) {
            fields.putIfAbsent(m.group(1), m.group(2).strip());
        }
    }

    @Override
    protected void finish(String file, ParseContext<InstalledPackage> context) {
        emit(file, 0, context);
        skipped.report(context, file, "%d package time(s) could not be read and were left out, "
                + "the first at line %d");
    }

    private void emit(String file, long number, ParseContext<InstalledPackage> context) {
        if (name == null) {
            return;
        }
        LocalDateTime installed = time(fields.get("firstInstallTime"), number);
        LocalDateTime updated = time(fields.get("lastUpdateTime"), number);
        String code = fields.get("versionCode");
        context.emit(new InstalledPackage(name, fields.get("userId"), fields.get("versionName"),
                code == null ? null : code.split("\\s+")[0], fields.get("installerPackageName"),
                fields.getOrDefault("pkgFlags", "").matches(".*\\bSYSTEM\\b.*"), iso(installed), iso(updated),
                utc(installed), utc(updated), zone() != null, file));
        name = null;
        fields.clear();
    }

    private LocalDateTime time(String value, long number) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(value, TIME);
        } catch (DateTimeException e) {
            skipped.add(number);
            return null;
        }
    }

    private static String iso(LocalDateTime time) {
        return time == null ? null : time.toString();
    }

    private Instant utc(LocalDateTime time) {
        return time == null || zone() == null ? null : time.atZone(zone()).toInstant();
    }
}
