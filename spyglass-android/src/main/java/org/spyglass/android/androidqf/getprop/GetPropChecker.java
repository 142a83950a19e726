package org.spyglass.android.androidqf.getprop;

import java.time.Clock;
import java.util.List;
import org.spyglass.android.SecurityPatch;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.MatchText;

/**
 * Matches each property name against Android property indicators (CRITICAL), and judges the security patch level
 * by the shared {@link SecurityPatch} rule against the acquisition day ({@link GetPropModule#OUTDATED_PATCH}).
 */
final class GetPropChecker implements Checker<AqfProperty> {
    static final String SECURITY_PATCH = SecurityPatch.PROPERTY;

    private final Clock clock;

    GetPropChecker(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void check(AqfProperty property, CheckContext context) {
        List<IndicatorMatch> matches = context.indicators().matchAndroidProperty(property.name());
        if (!matches.isEmpty()) {
            context.indicatorAlert(Level.CRITICAL, "Found a known malicious Android property: " + property.name()
                    + " = \"" + property.value() + "\" " + MatchText.of(matches), null, property, matches);
        }
        if (property.name().equals(SECURITY_PATCH)) {
            SecurityPatch.outdated(property.value(), property.acquired(), clock).ifPresent(message ->
                    context.heuristicAlert(GetPropModule.OUTDATED_PATCH, message, null, property));
        }
    }
}
