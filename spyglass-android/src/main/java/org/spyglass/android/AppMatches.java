package org.spyglass.android;

import java.util.List;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;

/**
 * The level of a match that may come from the ECHAP stalkerware feed (an app id, a certificate, a C2 domain or IP):
 * CRITICAL, or MEDIUM when every indicator matched is ECHAP watchware (monitoring apps that do not hide from the
 * phone's owner), with a note saying so.
 */
public final class AppMatches {
    static final String WATCHWARE = "watchware";

    private AppMatches() {
    }

    /** CRITICAL, or MEDIUM when every match is watchware. */
    public static Level level(List<IndicatorMatch> matches) {
        return watchwareOnly(matches) ? Level.MEDIUM : Level.CRITICAL;
    }

    /** A sentence to append to the alert message when {@link #level} was lowered, else empty. */
    public static String note(List<IndicatorMatch> matches) {
        return watchwareOnly(matches) ? " (reported at MEDIUM: listed as watchware, monitoring software that does "
                + "not hide itself, rather than stalkerware)" : "";
    }

    private static boolean watchwareOnly(List<IndicatorMatch> matches) {
        return !matches.isEmpty() && matches.stream()
                .flatMap(m -> m.indicator().provenance().stream())
                .allMatch(p -> WATCHWARE.equals(p.category()));
    }
}
