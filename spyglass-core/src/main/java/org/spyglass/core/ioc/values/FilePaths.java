package org.spyglass.core.ioc.values;

/**
 * Normalises device paths for component-aware comparison. Paths are case-sensitive (iOS and Android file systems
 * are). A path without a leading slash is read as absolute; repeated slashes and a trailing slash are dropped; the
 * iOS top-level links {@code /var}, {@code /tmp} and {@code /etc} are spelled with {@code /private} as on disk.
 */
public final class FilePaths {
    private static final int MAX_LENGTH = 4096;
    private static final String[] LINKED_ROOTS = {"/var", "/tmp", "/etc"};

    private FilePaths() {
    }

    /** The normalised path, or null for a null, blank or absurdly long path. */
    public static String normalise(String path) {
        if (path == null) {
            return null;
        }
        String p = path.strip();
        if (p.isEmpty() || p.length() > MAX_LENGTH) {
            return null;
        }
        StringBuilder out = new StringBuilder(p.length() + 9);
        out.append('/');
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '/' && out.charAt(out.length() - 1) == '/') {
                continue;
            }
            out.append(c);
        }
        if (out.length() > 1 && out.charAt(out.length() - 1) == '/') {
            out.setLength(out.length() - 1);
        }
        String normalised = out.toString();
        for (String link : LINKED_ROOTS) {
            if (normalised.equals(link) || normalised.startsWith(link + "/")) {
                return "/private" + normalised;
            }
        }
        return normalised;
    }

    /** The last component of a path (the whole string when it has no slash), or null when there is none. */
    public static String lastComponent(String path) {
        if (path == null) {
            return null;
        }
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        int start = path.lastIndexOf('/', end - 1) + 1;
        return start >= end ? null : path.substring(start, end);
    }
}
