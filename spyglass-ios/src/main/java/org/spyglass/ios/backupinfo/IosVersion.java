package org.spyglass.ios.backupinfo;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An iOS version such as {@code 14.8.1}, compared number by number ({@code 14.10 > 14.9}, {@code 18 == 18.0}),
 * never as text: comparing strings made MVT call current versions outdated (its issue #329).
 */
public final class IosVersion implements Comparable<IosVersion> {
    private static final Pattern SHAPE = Pattern.compile("\\d{1,4}(\\.\\d{1,4}){0,3}");

    private final int[] parts;

    private IosVersion(int[] parts) {
        this.parts = parts;
    }

    /** Parses {@code 14}, {@code 14.8} or {@code 14.8.1}; empty for anything else (a beta suffix, garbage). */
    public static Optional<IosVersion> parse(String text) {
        if (text == null || !SHAPE.matcher(text.strip()).matches()) {
            return Optional.empty();
        }
        int[] parts = Arrays.stream(text.strip().split("\\.")).mapToInt(Integer::parseInt).toArray();
        int length = parts.length;
        while (length > 1 && parts[length - 1] == 0) {
            length--;
        }
        return Optional.of(new IosVersion(Arrays.copyOf(parts, length)));
    }

    /** The major version: 14 for 14.8.1. */
    public int major() {
        return parts[0];
    }

    @Override
    public int compareTo(IosVersion other) {
        for (int i = 0; i < Math.max(parts.length, other.parts.length); i++) {
            int mine = i < parts.length ? parts[i] : 0;
            int theirs = i < other.parts.length ? other.parts[i] : 0;
            if (mine != theirs) {
                return Integer.compare(mine, theirs);
            }
        }
        return 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IosVersion version && Arrays.equals(parts, version.parts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(parts);
    }

    /** {@code 14.8.1}; a version given as {@code 18} or {@code 18.0} reads {@code 18.0}. */
    @Override
    public String toString() {
        String text = Arrays.stream(parts).mapToObj(Integer::toString).collect(Collectors.joining("."));
        return parts.length == 1 ? text + ".0" : text;
    }
}
