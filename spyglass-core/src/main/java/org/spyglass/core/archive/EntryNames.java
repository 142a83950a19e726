package org.spyglass.core.archive;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/** Turns an archive member's name into a safe relative path, or refuses it. */
final class EntryNames {
    static final int MAX_NAME = 4096;
    static final int MAX_COMPONENT_BYTES = 255;
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*", Pattern.DOTALL);

    private EntryNames() {
    }

    /**
     * The member's path relative to the extraction folder, with empty and {@code .} components dropped and
     * {@code /} as separator; {@code ""} for the archive's own root ({@code ./}). Empty when the name is absolute,
     * starts with a drive letter, holds a {@code ..} component, a backslash or a control character, or is too long.
     */
    static Optional<String> relative(String name) {
        if (name == null || name.length() > MAX_NAME || name.startsWith("/") || DRIVE.matcher(name).matches()) {
            return Optional.empty();
        }
        StringBuilder path = new StringBuilder();
        for (String component : name.split("/")) {
            if (component.isEmpty() || component.equals(".")) {
                continue;
            }
            if (component.equals("..") || !plain(component)) {
                return Optional.empty();
            }
            if (path.length() > 0) {
                path.append('/');
            }
            path.append(component);
        }
        return Optional.of(path.toString());
    }

    private static boolean plain(String component) {
        if (component.getBytes(StandardCharsets.UTF_8).length > MAX_COMPONENT_BYTES) {
            return false;
        }
        for (int i = 0; i < component.length(); i++) {
            char c = component.charAt(i);
            if (c == '\\' || c < 0x20 || c == 0x7f) {
                return false;
            }
        }
        return true;
    }
}
