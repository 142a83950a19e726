package org.spyglass.android.androidqf.getprop;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.MatchText;

/**
 * Matches each property name against Android property indicators (CRITICAL), and judges the security patch level
 * against the acquisition time ({@link GetPropModule#OUTDATED_PATCH}).
 */
final class GetPropChecker implements Checker<AqfProperty> {
    static final String SECURITY_PATCH = "ro.build.version.security_patch";

    @Override
    public void check(AqfProperty property, CheckContext context) {
        List<IndicatorMatch> matches = context.indicators().matchAndroidProperty(property.name());
        if (!matches.isEmpty()) {
            context.indicatorAlert(Level.CRITICAL, "Found a known malicious Android property: " + property.name()
                    + " = \"" + property.value() + "\" " + MatchText.of(matches), null, property, matches);
        }
        if (property.name().equals(SECURITY_PATCH) && property.acquired() != null) {
            outdated(property, context);
        }
    }

    private static void outdated(AqfProperty property, CheckContext context) {
        LocalDate patch;
        try {
            patch = LocalDate.parse(property.value().strip());
        } catch (DateTimeParseException e) {
            return;
        }
        LocalDate acquired = LocalDate.ofInstant(property.acquired(), ZoneOffset.UTC);
        if (patch.plusMonths(GetPropModule.PATCH_MONTHS).isBefore(acquired)) {
            context.heuristicAlert(GetPropModule.OUTDATED_PATCH, "The security patch level " + patch + " is older "
                    + "than " + GetPropModule.PATCH_MONTHS + " months at the acquisition (" + acquired
                    + "): the phone lacks fixes for known vulnerabilities", null, property);
        }
    }
}
