package org.spyglass.bench;

import java.util.HexFormat;
import java.util.Locale;

/**
 * The values of the synthetic indicator bundle, computed from an index and the seed so the bundle writer and the
 * evidence generator agree without sharing a list: {@code domain(i)} is the i-th domain of the bundle, and the
 * evidence plants a few of them ({@link #planted}).
 */
final class SyntheticValues {
    private static final String[] TLDS = {"com", "net", "org", "info", "io", "co", "biz", "xyz"};
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    private final long seed;

    SyntheticValues(long seed) {
        this.seed = seed;
    }

    /** A few indexes among {@code count}, spread over the range, that the evidence plants. */
    static int[] planted(int count) {
        return new int[] {7, count / 3, count - 5};
    }

    String domain(int i) {
        long h = mix(i, 1);
        return label(h, 6 + (int) ((h >>> 58) & 7)) + "-" + label(mix(i, 2), 5) + "." + TLDS[(int) ((h >>> 3) & 7)];
    }

    String url(int i) {
        return "https://" + label(mix(i, 3), 8) + ".cdn-" + label(mix(i, 4), 6) + ".net/" + label(mix(i, 5), 10);
    }

    String ipv4(int i) {
        return String.format(Locale.ROOT, "10.%d.%d.%d", (i >>> 16) & 0xff, (i >>> 8) & 0xff, i & 0xff);
    }

    String ipv6(int i) {
        return String.format(Locale.ROOT, "2001:db8:%x::%x", (i >>> 16) & 0xffff, i & 0xffff);
    }

    String email(int i) {
        return label(mix(i, 6), 9) + "@" + label(mix(i, 7), 6) + ".example";
    }

    String process(int i) {
        return label(mix(i, 8), 4 + (int) (mix(i, 9) & 7)) + "d";
    }

    String fileName(int i) {
        return label(mix(i, 10), 8) + ".dylib";
    }

    String filePath(int i) {
        return "/private/var/tmp/" + label(mix(i, 11), 7) + "/" + label(mix(i, 12), 8);
    }

    String hex(int i, int stream, int bytes) {
        byte[] value = new byte[bytes];
        for (int k = 0; k < bytes; k++) {
            value[k] = (byte) mix(i, stream * 64 + k);
        }
        return HexFormat.of().formatHex(value);
    }

    String appId(int i) {
        return "com." + label(mix(i, 13), 6) + "." + label(mix(i, 14), 7);
    }

    String profileId(int i) {
        String h = hex(i, 15, 16).toUpperCase(Locale.ROOT);
        return h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-" + h.substring(16, 20)
                + "-" + h.substring(20);
    }

    String androidProperty(int i) {
        return "persist.vendor." + label(mix(i, 16), 8);
    }

    /** A stable 64-bit value for ({@code i}, {@code stream}) under the seed (SplitMix64's finaliser). */
    long mix(long i, long stream) {
        long z = seed + i * 0x9E3779B97F4A7C15L + stream * 0xD1B54A32D192ED03L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static String label(long h, int length) {
        StringBuilder out = new StringBuilder(length);
        long value = h;
        for (int k = 0; k < length; k++) {
            if (k % 12 == 11) {
                value = value * 0x9E3779B97F4A7C15L + k;
            }
            out.append(ALPHABET.charAt((int) Long.remainderUnsigned(value, ALPHABET.length())));
            value = Long.divideUnsigned(value, ALPHABET.length());
        }
        if (Character.isDigit(out.charAt(0))) {
            out.setCharAt(0, 'q');
        }
        return out.toString();
    }
}
