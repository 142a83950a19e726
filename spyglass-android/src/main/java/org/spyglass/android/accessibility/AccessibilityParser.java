package org.spyglass.android.accessibility;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.spyglass.android.dumpsys.SectionParser;
import org.spyglass.core.module.ParseContext;

/**
 * Reads the {@code accessibility} section: the {@code installed services:} list ({@code N : pkg/service} lines up
 * to a line starting with {@code }}) and the {@code Enabled services:{{pkg/service}, ...}} line of Android 14 and
 * later. Each service is emitted once per section occurrence, when it ends, with whether it is enabled. A section
 * with neither list is one warning.
 */
final class AccessibilityParser extends SectionParser<AccessibilityService> {
    static final String SECTION = "accessibility";
    private static final Pattern BRACED = Pattern.compile("\\{([^{}/\\s]+)/([^{}\\s]+)}");
    private static final Pattern INSTALLED = Pattern.compile("^\\s*\\d+\\s*:\\s*([^/\\s]+)/(\\S+)\\s*$");

    private final Map<String, String[]> installed = new LinkedHashMap<>();
    private final Set<String> enabled = new LinkedHashSet<>();
    private final Map<String, String[]> enabledOnly = new LinkedHashMap<>();
    private boolean inInstalled;
    private boolean sawInstalled;
    private boolean sawEnabled;

    AccessibilityParser() {
        super(SECTION);
    }

    @Override
    protected void begin(String file) {
        installed.clear();
        enabled.clear();
        enabledOnly.clear();
        inInstalled = false;
        sawInstalled = false;
        sawEnabled = false;
    }

    @Override
    protected void line(String line, long number, String file, ParseContext<AccessibilityService> context) {
        String stripped = line.strip();
        if (inInstalled) {
            if (stripped.startsWith("}")) {
                inInstalled = false;
                return;
            }
            Matcher m = INSTALLED.matcher(stripped);
            if (m.matches()) {
                installed.putIfAbsent(m.group(1) + "/" + m.group(2), new String[] {m.group(1), m.group(2)});
            }
            return;
        }
        if (stripped.startsWith("installed services:")) {
            inInstalled = !stripped.endsWith("}");
            sawInstalled = true;
        } else if (stripped.startsWith("Enabled services:")) {
            sawEnabled = true;
            Matcher m = BRACED.matcher(stripped.substring("Enabled services:".length()));
            while (m.find()) {
                String key = m.group(1) + "/" + m.group(2);
                enabled.add(key);
                enabledOnly.putIfAbsent(key, new String[] {m.group(1), m.group(2)});
            }
        }
    }

    @Override
    protected void finish(String file, ParseContext<AccessibilityService> context) {
        if (!sawInstalled && !sawEnabled) {
            context.warn(file, "the accessibility section has neither an \"installed services:\" list nor an "
                    + "\"Enabled services:\" line (another Android version's format?); nothing was read");
            return;
        }
        installed.forEach((key, parts) -> context.emit(new AccessibilityService(parts[0], parts[1],
                sawEnabled ? enabled.contains(key) : null, file)));
        enabledOnly.forEach((key, parts) -> {
            if (!installed.containsKey(key)) {
                context.emit(new AccessibilityService(parts[0], parts[1], true, file));
            }
        });
    }
}
