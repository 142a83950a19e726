package org.spyglass.android.getprop;

import java.time.Clock;
import java.util.List;
import org.spyglass.android.SecurityPatch;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Heuristic;
import org.spyglass.core.module.MatchText;

/**
 * Matches each property name against Android property indicators (CRITICAL), and judges the security patch level by
 * the shared {@link SecurityPatch} rule, against the day of the check: a bugreport does not tell Spyglass when it
 * was taken.
 */
final class GetpropChecker implements Checker<SystemProperty> {
    static final String SECURITY_PATCH = SecurityPatch.PROPERTY;
    static final Heuristic OUTDATED_PATCH = SecurityPatch.heuristic("android.dumpsys_getprop.outdated-security-patch");

    private final Clock clock;

    GetpropChecker(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void check(SystemProperty property, CheckContext context) {
        List<IndicatorMatch> matches = context.indicators().matchAndroidProperty(property.name());
        if (!matches.isEmpty()) {
            context.indicatorAlert(Level.CRITICAL, "Found a system property set by known spyware: "
                    + property.name() + " = \"" + property.value() + "\" " + MatchText.of(matches), null, property,
                    matches);
        }
        if (property.name().equals(SECURITY_PATCH)) {
            SecurityPatch.outdated(property.value(), null, clock).ifPresent(message ->
                    context.heuristicAlert(OUTDATED_PATCH, message, null, property));
        }
    }
}
