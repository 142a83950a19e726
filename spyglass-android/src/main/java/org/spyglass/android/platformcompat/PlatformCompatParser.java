package org.spyglass.android.platformcompat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.spyglass.android.dumpsys.SectionParser;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.text.SkippedLines;

/**
 * Reads the {@code ChangeId(<id>; name=<name>; ...; packageOverrides={...}; rawOverrides={...}; ...)} lines of the
 * {@code platform_compat} section. Each map is split at its top-level commas into {@code package=value} entries (values
 * may hold braces or parentheses of their own); a package in both maps is kept once, with its raw override. A
 * {@code ChangeId} line without a readable number, or with a map left open, is counted in one warning.
 */
final class PlatformCompatParser extends SectionParser<CompatOverride> {
    static final String SECTION = "platform_compat";
    private static final Pattern CHANGE = Pattern.compile("^\\s*ChangeId\\((\\d{1,19})(.*)$");
    private static final Pattern NAME = Pattern.compile(";\\s*name=([^;)\\s]+)");

    private final SkippedLines skipped = new SkippedLines();

    PlatformCompatParser() {
        super(SECTION);
    }

    @Override
    protected void begin(String file) {
        skipped.reset();
    }

    @Override
    protected void line(String line, long number, String file, ParseContext<CompatOverride> context) {
        if (!line.strip().startsWith("ChangeId(")) {
            return;
        }
        Matcher m = CHANGE.matcher(line);
        long id;
        try {
            id = m.matches() ? Long.parseLong(m.group(1)) : -1;
        } catch (NumberFormatException e) {
            id = -1;
        }
        if (id < 0) {
            skipped.add(number);
            return;
        }
        Map<String, String> overrides = new LinkedHashMap<>();
        boolean whole = read(line, "packageOverrides={", overrides) & read(line, "rawOverrides={", overrides);
        if (!whole) {
            skipped.add(number);
        }
        Matcher name = NAME.matcher(m.group(2));
        String changeName = name.find() ? name.group(1) : null;
        long change = id;
        overrides.forEach((pkg, value) -> context.emit(new CompatOverride(change, changeName, pkg, value, file)));
    }

    /** Adds the entries of the map opened by {@code opening}; false when the map is not closed on the line. */
    private static boolean read(String line, String opening, Map<String, String> into) {
        int start = line.indexOf(opening);
        if (start < 0) {
            return true;
        }
        int depth = 0;
        StringBuilder entry = new StringBuilder();
        for (int i = start + opening.length(); i < line.length(); i++) {
            char c = line.charAt(i);
            if (depth == 0 && (c == ',' || c == '}')) {
                add(entry.toString(), into);
                entry.setLength(0);
                if (c == '}') {
                    return true;
                }
                continue;
            }
            depth += c == '{' || c == '(' ? 1 : c == '}' || c == ')' ? -1 : 0;
            entry.append(c);
        }
        return false;
    }

    private static void add(String entry, Map<String, String> into) {
        int equals = entry.indexOf('=');
        String pkg = (equals < 0 ? entry : entry.substring(0, equals)).strip();
        if (!pkg.isEmpty()) {
            into.put(pkg, equals < 0 ? "" : entry.substring(equals + 1).strip());
        }
    }

    @Override
    protected void finish(String file, ParseContext<CompatOverride> context) {
        skipped.report(context, file, "%d ChangeId line(s) could not be read whole (another "
                + "Android version's format, or cut), the first at line %d; what they held was kept");
    }
}
