package org.spyglass.core.source;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A device-path glob: {@code *} matches within one path component, {@code **} across components ({@code /**}{@code /}
 * also matches a single {@code /}); every other character is literal. Immutable and thread-safe.
 */
public final class DeviceGlob {
    private final String glob;
    private final Pattern pattern;
    private final String literalPrefix;
    /** The part after the last wildcard: every match ends with it (empty when the glob ends with a wildcard). */
    private final String literalSuffix;

    private DeviceGlob(String glob) {
        this.glob = glob;
        this.pattern = Pattern.compile(toRegex(glob), Pattern.DOTALL);
        int star = glob.indexOf('*');
        this.literalPrefix = star < 0 ? glob : glob.substring(0, star);
        this.literalSuffix = star < 0 ? glob : glob.substring(glob.lastIndexOf('*') + 1);
    }

    public static DeviceGlob compile(String glob) {
        Objects.requireNonNull(glob, "glob");
        if (!glob.startsWith("/")) {
            throw new IllegalArgumentException("device-path globs are absolute: " + glob);
        }
        return new DeviceGlob(glob);
    }

    /**
     * True when the whole path matches. The literal ends of the glob are compared first, so most paths that do not
     * match are turned away without the pattern (folders of many files are listed against several globs).
     */
    public boolean matches(String devicePath) {
        return devicePath != null && devicePath.startsWith(literalPrefix) && devicePath.endsWith(literalSuffix)
                && pattern.matcher(devicePath).matches();
    }

    /** The part before the first wildcard: every match starts with it (the whole glob when it has none). */
    public String literalPrefix() {
        return literalPrefix;
    }

    /** True when the glob has no wildcard. */
    public boolean isLiteral() {
        return literalPrefix.length() == glob.length();
    }

    @Override
    public String toString() {
        return glob;
    }

    private static String toRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < glob.length()) {
            if (glob.startsWith("/**/", i)) {
                flush(literal, regex);
                regex.append("(?:/.*)?/");
                i += 4;
            } else if (glob.startsWith("**", i)) {
                flush(literal, regex);
                regex.append(".*");
                i += 2;
            } else if (glob.charAt(i) == '*') {
                flush(literal, regex);
                regex.append("[^/]*");
                i++;
            } else {
                literal.append(glob.charAt(i));
                i++;
            }
        }
        flush(literal, regex);
        return regex.toString();
    }

    private static void flush(StringBuilder literal, StringBuilder regex) {
        if (literal.length() > 0) {
            regex.append(Pattern.quote(literal.toString()));
            literal.setLength(0);
        }
    }
}
