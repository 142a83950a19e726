package org.spyglass.core.text;

/**
 * Compares strings by Unicode code point, which is the order of their UTF-8 bytes compared unsigned: the order
 * {@code timeline.csv} is sorted in (as bytes). {@link String#compareTo} compares UTF-16 units instead, and puts a
 * character above U+FFFF (written as two surrogates, U+D800..U+DFFF) before U+E000..U+FFFF; every other order is the
 * same.
 */
public final class CodePointOrder {
    private static final char FIRST_SURROGATE = '\uD800';
    private static final char PAST_SURROGATES = '\uE000';

    private CodePointOrder() {
    }

    /** Negative, zero or positive as {@code a} sorts before, with or after {@code b} by code point. */
    public static int compare(String a, String b) {
        int length = Math.min(a.length(), b.length());
        for (int i = 0; i < length; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (x >= FIRST_SURROGATE && y >= FIRST_SURROGATE) {
                    return shifted(x) - shifted(y);
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    /**
     * Moves the surrogates above U+E000..U+FFFF and those below them, keeping each group's own order: a surrogate
     * starts a character above U+FFFF, so it must sort after every character up to U+FFFF. (A lone surrogate, which
     * is not text, sorts as if it started such a character.)
     */
    private static int shifted(char c) {
        return c >= PAST_SURROGATES ? c - (PAST_SURROGATES - FIRST_SURROGATE)
                : c + (Character.MAX_VALUE + 1 - PAST_SURROGATES);
    }
}
