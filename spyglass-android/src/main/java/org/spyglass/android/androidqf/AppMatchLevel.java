package org.spyglass.android.androidqf;

import java.util.List;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.ioc.Provenance;

/**
 * The level of an alert for an app indicator match: CRITICAL, except MEDIUM when every indicator matched comes only
 * from ECHAP's watchware list (monitoring apps that do not hide from the phone's user, {@link Provenance#category()}
 * {@code "watchware"}), where the app may be known and accepted by the user.
 */
public final class AppMatchLevel {
    static final String WATCHWARE = "watchware";

    private AppMatchLevel() {
    }

    /** CRITICAL, or MEDIUM when the matches are watchware only. */
    public static Level of(List<IndicatorMatch> matches) {
        return watchwareOnly(matches) ? Level.MEDIUM : Level.CRITICAL;
    }

    /** A sentence to append to the alert message saying why the level is lowered, or "" when it is not. */
    public static String note(List<IndicatorMatch> matches) {
        return watchwareOnly(matches) ? " (watchware: a monitoring app that does not hide itself, reported at MEDIUM "
                + "instead of CRITICAL; check whether the phone's user knows of it)" : "";
    }

    private static boolean watchwareOnly(List<IndicatorMatch> matches) {
        return !matches.isEmpty() && matches.stream().allMatch(match -> match.indicator().provenance().stream()
                .allMatch(p -> WATCHWARE.equals(p.category())));
    }
}
