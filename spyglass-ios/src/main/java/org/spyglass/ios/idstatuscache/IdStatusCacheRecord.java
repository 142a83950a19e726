package org.spyglass.ios.idstatuscache;

import java.time.Instant;
import java.util.Objects;

/**
 * One cached Apple identity-services lookup: which handle (phone number or e-mail address) was looked up for which
 * service, when, and whether it was registered with iMessage/FaceTime. Field names follow MVT's, except that MVT
 * calls the service {@code package}.
 *
 * @param service     the identity service, e.g. {@code com.apple.madrid} (iMessage)
 * @param user        the handle, e.g. {@code mailto:someone@example.org} or {@code tel:+15550100}; NUL characters
 *                    are written as the four characters {@code \x00}, as MVT does
 * @param isodate     {@code LookupDate}, UTC; null when absent
 * @param idstatus    {@code IDStatus}: 1 registered, 2 not registered; null when absent
 * @param occurrences how many entries of the same file have this handle (under any service)
 */
public record IdStatusCacheRecord(String service, String user, Instant isodate, Long idstatus, int occurrences) {
    private static final String MAILTO = "mailto:";
    private static final String DOUBLE_NUL = "\\x00\\x00";

    public IdStatusCacheRecord {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(user, "user");
        if (occurrences < 1) {
            throw new IllegalArgumentException("a handle occurs at least once: " + occurrences);
        }
    }

    /** The e-mail address of a {@code mailto:} handle (surrounding quotes removed), or null for other handles. */
    public String email() {
        return emailOf(user);
    }

    /** True when the handle holds two NUL characters in a row, which no real phone number or address does. */
    public boolean malformedHandle() {
        return isMalformed(user);
    }

    /** {@link #email()} for a handle as written in a record. */
    public static String emailOf(String user) {
        if (user == null || !user.regionMatches(true, 0, MAILTO, 0, MAILTO.length())) {
            return null;
        }
        String address = user.substring(MAILTO.length()).strip();
        int start = 0;
        int end = address.length();
        while (start < end && address.charAt(start) == '\'') {
            start++;
        }
        while (end > start && address.charAt(end - 1) == '\'') {
            end--;
        }
        return start == end ? null : address.substring(start, end);
    }

    /** {@link #malformedHandle()} for a handle as written in a record. */
    public static boolean isMalformed(String user) {
        return user != null && user.contains(DOUBLE_NUL);
    }
}
