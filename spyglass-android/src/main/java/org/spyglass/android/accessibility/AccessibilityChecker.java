package org.spyglass.android.accessibility;

import java.util.List;
import org.spyglass.android.AppMatches;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Heuristic;
import org.spyglass.core.module.MatchText;

/**
 * Matches each service's package as an app id (CRITICAL, MEDIUM for watchware), and flags every enabled service
 * (or, when the Android version prints no enabled list, every installed one) whose package is not a known system
 * accessibility package.
 */
final class AccessibilityChecker implements Checker<AccessibilityService> {
    static final Heuristic ENABLED = new Heuristic("android.dumpsys_accessibility.service-enabled", Level.MEDIUM,
            "An accessibility service can read everything on the screen and act for the user; stalkerware asks for "
                    + "it more than for any other permission. Many genuine apps (password managers, automation, "
                    + "screen readers) use it too: check that the phone's owner knows and wants this app.");
    private static final List<String> SYSTEM_PREFIXES = List.of("com.google.android.marvin.",
            "com.google.android.accessibility.", "com.google.android.apps.accessibility.", "com.android.talkback",
            "com.samsung.accessibility", "com.samsung.android.accessibility.", "com.android.server.accessibility");

    @Override
    public void check(AccessibilityService service, CheckContext context) {
        List<IndicatorMatch> matches = context.indicators().matchAppId(service.packageName());
        String name = service.packageName() + "/" + service.service();
        if (!matches.isEmpty()) {
            context.indicatorAlert(AppMatches.level(matches), "Found a known malicious app providing an "
                    + "accessibility service: " + name + " " + MatchText.of(matches) + AppMatches.note(matches), null,
                    service, matches);
        }
        if (!Boolean.FALSE.equals(service.enabled()) && !system(service.packageName())) {
            context.heuristicAlert(ENABLED, "Accessibility service " + (service.enabled() == null
                    ? "installed (this Android version does not say whether it is enabled): " : "enabled: ")
                    + name, null, service);
        }
    }

    static boolean system(String packageName) {
        return SYSTEM_PREFIXES.stream().anyMatch(packageName::startsWith);
    }
}
